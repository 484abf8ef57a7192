<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Almanac</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::AccountsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts Almanac publishes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the computer was asleep or off at a post&apos;s time, it is published when Almanac runs again if it is at most this late. Later ones wait in Failed Posts for you to publish anyway or reschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a missed post if it is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs. Passwords and tokens go into the system keychain, never into Almanac&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an app password, not your account password: in Bluesky, Settings → Privacy and security → App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your instance: Preferences → Development → New application, with the scopes write:statuses and write:media; paste its access token here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each post is POSTed as JSON. With a signing secret, the header X-Almanac-Signature carries sha256=&lt;HMAC-SHA256 of the body&gt; for your receiver to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Slack: create an app with Incoming Webhooks and add one to the channel. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Bluesky handle, like yourname.bsky.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an app password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s URL, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token of the application you made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the incoming webhook&apos;s URL, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved, but its secret was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (ID %2). Posts to it are published at their time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::BackupActions</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every post, account and import into one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store with a backup (the current store is kept in the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac backup %1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in Almanac with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The store as it was is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::CalendarGridView</name>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::CalendarModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::CalendarWidget</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: that time has passed. Drop it on a later day or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: posts can be scheduled at most %2 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post that is published or being published cannot be moved; hold Ctrl while dragging to copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ComposerDialog</name>
    <message>
        <source>&amp;No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to say? Each platform&apos;s tab can have a text of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch, q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the draft without a date: it waits in the Unscheduled Drafts panel until you drag it onto a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the post to be published right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this post and start a copy of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ost to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected yet. Add one with “almanac-cli integrations add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date to schedule the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued to publish now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post (Copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ConfirmPage</name>
    <message>
        <source>Confirm the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every post is written, or none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 from &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled · %2 drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) excluded: recorded in the import history, not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ExportDialog</name>
    <message>
        <source>&amp;Team ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenPost CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (for calendar apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social team ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from bundle.social&apos;s team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All posts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected posts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet in OpenPost&apos;s columns that Almanac and OpenPost read back. Alt text and media meant for one platform only are not carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet in bundle.social&apos;s columns, ready for its CSV import. Tags, alt text and post types are not carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of every post, for another Almanac or your own scripts; Almanac imports it back whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac posts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::FailedPanel</name>
    <message>
        <source>&amp;Retry Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry All in &amp;Range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) failed. Select one to see why; double-click to open the post.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Failed Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue again every destination that failed between these days (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::FailedTargetsModel</name>
    <message numerus="yes">
        <source>%1
(%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::FilePage</name>
    <message>
        <source>Choose a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content plan in the OpenPost or the bundle.social format: one row per post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::FilterPanel</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check tags to show only posts with one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · provider: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags in view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Row Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the posts this import created? Posts you made or changed since are not touched; the history keeps its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Row Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ImportPreviewModel</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear to leave this row out of the import (it is recorded as excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ImportRowsModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::LocalScheduler</name>
    <message>
        <source>Published %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not publish %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac cannot publish to %1 itself yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::MainWindow</name>
    <message>
        <source>Almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone times are shown and entered in. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new post (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a CSV file of posts and add them to the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports, their rows, and Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;JSON Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the posts of an Almanac JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save posts as CSV, JSON or a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;ted Schedulers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate a Week Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s palette is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text or #tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unscheduled Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ailed Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed destination(s) queued again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In view: %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your calendar is empty. Double-click a day to write a post, or import a content plan from a CSV file (you can also drop the file on this window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and enter times in this time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each post keeps its time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch, #q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the tags of %n selected post(s). Separate tags with commas or spaces.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post is not in the store any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Almanac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;An offline-first content calendar for social media managers: plan posts for every platform, import content plans from CSV, and publish when you are back online.&lt;/p&gt;&lt;p&gt;Your posts live in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add the %n post(s) in %1 to the calendar?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They become one import, which Import History can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) could not be published: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n post(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what changed to your hosted schedulers now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing · %n to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n post(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MapPage</name>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column of the file means. Columns Almanac does not know are ignored (their values are kept in the import history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MediaStrip</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop image or video files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an image or video URL and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::MonthView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::PlatformTab</name>
    <message>
        <source>&amp;Write a different text for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split into Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the text into numbered posts that each fit %1&apos;s limit; edit each part between the --- lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post, counted as %1 counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::PostListModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::PostPreview</name>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown: %1 shows at most %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::PreviewPage</name>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell, or a field below, to fix it. Clear a row&apos;s box to leave it out; it is recorded in the import history as excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space includes or excludes the selected row; F2 or a double-click fixes a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 rows; nothing was written. Check the whole file to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, every field:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ProvidersDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted Schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain, never in Almanac&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to list the provider&apos;s accounts, then add the ones to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account you have at a hosted scheduler; Almanac then syncs the posts of the integrations that go through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key; it goes into the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is a test key: nothing is published for real with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is a live key: posts go out for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was added, but its key was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Test the connection to see its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s API has no read-only call to test with; the key is checked at the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n account(s). Add the ones to post to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: posts to it now sync through %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::PublishingIndicator</name>
    <message>
        <source>almanacd running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, also while this window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last round at %1 (one every %n second(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started at %1; no round finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since it started at %1: %2 published, %3 failed or missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published only while this window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanacd was last heard from at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To publish with the window closed: systemctl --user enable --now almanacd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::ResultPage</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new posts are selected in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exactly the posts this import created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone: its posts are gone; the import history keeps its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) from %1 are in your calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded row(s) are recorded in the import history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::SyncEngine</name>
    <message>
        <source>No post here was created in the group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no groups to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, --since, --until or --post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 destinations queued for retry there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the retry was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing to %1 (%2) is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination %1 has no provider account to sync through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish: the post never reached the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system reports no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time (the request timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later group of the same import was refused, so the import was cancelled at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the group %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::UnscheduledPanel</name>
    <message>
        <source>Drafts without a date appear here. Drag one onto a day to schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts without a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Almanac::WeekView</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlueskyPublisher</name>
    <message>
        <source>Bluesky answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky refused it (HTTP %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no usable service URL (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no handle to sign in with (--handle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky takes at most %1 images in a post; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky, not videos (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle %1 with the account&apos;s app password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleSocialProvider</name>
    <message>
        <source>bundle.social&apos;s API (seed 003) takes new posts as CSV imports; edit or delete this post in bundle.social itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social&apos;s answer to the upload could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social&apos;s import status &quot;%1&quot; is not one Almanac knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by bundle.social (row %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.social&apos;s import has no result for some of its rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTagsCommand</name>
    <message numerus="yes">
        <source>Change the tags of %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>almanac-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrations needs add or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrations add needs --id and --platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added integration %1 (%2, provider %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown integrations action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; expected an IANA name such as Europe/Berlin or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialect; expected auto, openpost or bundlesocial</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s) from %1 (import %2).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n post(s) in %1 are valid; nothing was written (dry run).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>export needs exactly one FILE (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format; expected openpost, bundlesocial, json or ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider needs add, set-key or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider add needs NAME, --kind and --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit &quot;%1&quot; is not a number of requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added provider %1 (%2 at %3, %4 requests a minute)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider set-key needs NAME (and the key on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac-cli: there is no provider &quot;%1&quot;; add it with provider add.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the key of %1 in the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is up after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1, %2 still queued, %3 failed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: post %1 to %2 (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac-cli: sync stopped early (%1); everything not pushed is still queued
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed destinations queued again; run sync to send them
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-group needs exactly one GROUP_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac-cli: the group %1 was not cancelled: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled the group %1: %2 destinations
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret needs set ID (and the secret on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac-cli: there is no integration &quot;%1&quot;; add it with integrations add.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the secret of %1 in the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs the FILE to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the backup FILE to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almanac-cli: nothing was restored: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler needs run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lease-seconds &quot;%1&quot; is not a number of seconds (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace-minutes &quot;%1&quot; is not a number of minutes (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: post %2 to %3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; expected a header row such as content,integrations,schedule_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 columns now, but %2 were mapped; it changed since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to check every row for duplicates; rows after the first %1 destinations were not compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field runs on for more than 16 MiB; a closing quote (&quot;) is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single record is larger than 16 MiB; is this a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte found; this is a binary file, not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote (&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;), and the field must end with the delimiter or the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Almanac store (not an SQLite database): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has schema version %2, newer than this Almanac understands (%3). Update Almanac to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the migration to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No savepoint is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeResolver</name>
    <message>
        <source>an ISO 8601 date and time such as 2026-05-01T09:00:00Z, 2026-05-01T09:00:00+02:00 or 2026-05-01 09:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePostsCommand</name>
    <message numerus="yes">
        <source>Delete %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brewing tip: grind a little finer when your pour-over drains in under three minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the scenes: roasting day at the warehouse #roasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our barista team is hiring. Part time, weekends, great coffee guaranteed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer question of the week: does dark roast have more caffeine? Short answer: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for 10,000 followers! A free bag goes to three of you this Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: latte art for beginners, Thursday 6 pm. Eight seats left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we pick our farms: direct trade, visits every harvest, prices above fair trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s token has expired; reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea: a photo series on the people who grow our beans, one farm a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea: poll which single origin should come back next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea: a 60-second video on dialling in espresso at home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialectDetector</name>
    <message>
        <source>The header row (%1) is not one Almanac knows. Expected the OpenPost columns content, integrations, schedule_at (optional: media, post_type, tags) or the bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name; its values are kept in the import history but not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is not one of the %3 columns; its values are kept in the import history but not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; mean the same field; keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 header is missing the required column(s) %2. Found: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePostsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row %1, %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2; %3 invalid rows skipped and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row is valid; nothing written (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file refused; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store refused the import; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 invalid; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Could not read the import&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the import as undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Could not record the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the import: the store is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the store&apos;s indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the store&apos;s indexes aside for the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: could not save the post: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the post&apos;s destinations were not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the integration %2 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: could not save the destination %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: could not queue the post for sync: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: could not record it in the import history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish recording the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rebuild the store&apos;s indexes after the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform Almanac knows; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;; add it first with provider add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration with the ID &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration with the ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is JSON, but not a list of posts; expected an Almanac export ({&quot;posts&quot;: [...]}) or an array of posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled_at: &quot;%1&quot; is not a time with a zone; expected ISO 8601 such as 2026-05-01T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled_at: expected a time such as &quot;2026-05-01T09:00:00Z&quot;, or null for an undated draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastodonPublisher</name>
    <message>
        <source>Mastodon answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon refused it (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no instance URL (--service-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon was still processing the media after 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaLoader</name>
    <message>
        <source>The media %1 is %2; the platform takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 is neither a file nor an http(s) link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 could not be fetched: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 could not be fetched (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovePostsCommand</name>
    <message numerus="yes">
        <source>Move %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenPostProvider</name>
    <message>
        <source>OpenPost refused the edit: %1 (only drafts and scheduled posts can be edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer to the media upload could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer could not be read (%1 posts for %2 sent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Could not record the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the remote post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the failed posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the failed posts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the cancelled group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record what the provider said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the cancelled import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostEverywhereProvider</name>
    <message>
        <source>Refused by PostEverywhere (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostEverywhere&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostEverywhere has no publish-now call; schedule the post for now instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the OpenPost dialect has no column for (JSON keeps it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a media address with a space or # in it, which the media column cannot hold apart from the next address.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as scheduled, and importing it again asks for times in the future.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date, and bundle.social needs a postDate: their rows are written with it empty, to fill in before an import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have no internal title, which bundle.social requires: their first words are used.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have tags, which the bundle.social dialect has no column for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the bundle.social dialect has no column for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for every platform; the bundle.social dialect lists them under each platform.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have platform settings bundle.social has no column for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) go to a platform bundle.social does not know; it is named by the account&apos;s ID.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as SCHEDULED.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date and are left out of the calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social&apos;s team settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Could not save the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the destination %1 of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the post for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post %1 is not in the store (deleted elsewhere?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the post&apos;s destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the post&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the post&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable provider name; use 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider kind; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base URL; expected one such as https://api.openpost.so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable rate limit; expected requests per minute from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle.social provider needs its team: add --team-id TEAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the provider %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowReport</name>
    <message>
        <source>There is no import %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source> as X counts them (each link 23, CJK characters and emoji 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (each link counts 23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 values but the header has %2 columns; the extra value %3 has no column. Quote values that contain the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no integration is connected yet; add one with `almanac-cli integrations add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the platform %2, but no %2 account is connected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a platform bundle.social knows; accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a connected integration ID nor a platform name; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 connected integrations (%3); name the one you mean by its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; list at least one platform, such as INSTAGRAM,TIKTOK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; name at least one integration ID or platform (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time Almanac can read; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside the gap, or add an offset such as +01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick the second (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past; expected a time after now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead; expected a time no later than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long for %2%3; %2 accepts at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post type &quot;%1&quot; is not accepted by %2; %2 accepts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 media URLs; %2 accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, but %1 needs at least one image or video URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUE or FALSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number such as 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not accepted; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post with the same text, destination (%1) and time is already in Almanac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier row has the same text, destination (%1) and time; this looks like a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has the same text, destination (%2) and time; this looks like a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every post needs text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status; expected draft or scheduled (or nothing: scheduled when there is a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is scheduled, but %1 is empty; a scheduled post needs a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for %1 is not text; expected {&quot;%1&quot;: &quot;the text&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object; expected one keyed by platform, e.g. {&quot;x&quot;: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a platform; expected platform ids such as x, bluesky, linkedin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a setting of %2; it is kept but not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every row needs the bundle.social team ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every row needs an internal title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; expected DRAFT or SCHEDULED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status; expected DRAFT or SCHEDULED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled in, but %2 is not in socialAccountTypes; those values are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, and so is %1: a post to %2 needs text or media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a connected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account is chosen; choose at least one to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an http:// or https:// URL or a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePostCommand</name>
    <message>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>Could not record the published post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No API key for the provider %1: %2 Store one with &quot;almanac-cli provider set-key %1&quot; or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret for the account %1: %2 Store one with &quot;almanac-cli secret set %1&quot; or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it has no posts, destinations and accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for a copy of the current store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and the store is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1. The store before it is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProvider</name>
    <message>
        <source>The server asked to wait (HTTP %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookPublisher</name>
    <message>
        <source>Almanac is connected: posts for %1 will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook accepted a test event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no usable webhook URL (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook refused the post (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>almanacd</name>
    <message>
        <source>Almanac&apos;s scheduler and sync, without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between scheduler rounds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish posts up to MINUTES late; later ones wait for the user (default: the window&apos;s setting, 15).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Almanac, the offline-first content calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Almanac on a sample content plan in a temporary store (your own store is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almanac cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
