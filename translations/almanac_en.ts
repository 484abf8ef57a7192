<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Almanac</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Almanac::AccountsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>&amp;Save Account</translation>
    </message>
    <message>
        <source>Publishing Accounts</source>
        <translation>Publishing Accounts</translation>
    </message>
    <message>
        <source>N&amp;ew Account</source>
        <translation>N&amp;ew Account</translation>
    </message>
    <message>
        <source>Accounts Almanac publishes to:</source>
        <translation>Accounts Almanac publishes to:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Save Changes</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Add Account</translation>
    </message>
    <message>
        <source>Ser&amp;vice URL:</source>
        <translation>Ser&amp;vice URL:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App &amp;password:</translation>
    </message>
    <message>
        <source>Use an app password, not your account password: in Bluesky, Settings → Privacy and security → App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own.</source>
        <translation>Use an app password, not your account password: in Bluesky, Settings → Privacy and security → App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own.</translation>
    </message>
    <message>
        <source>&amp;Instance URL:</source>
        <translation>&amp;Instance URL:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Access t&amp;oken:</translation>
    </message>
    <message>
        <source>On your instance: Preferences → Development → New application, with the scopes write:statuses and write:media; paste its access token here.</source>
        <translation>On your instance: Preferences → Development → New application, with the scopes write:statuses and write:media; paste its access token here.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook URL:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Si&amp;gning secret:</translation>
    </message>
    <message>
        <source>In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Whoever has the URL can post, so it is kept in the keychain.</translation>
    </message>
    <message>
        <source>In Slack: create an app with Incoming Webhooks and add one to the channel. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>In Slack: create an app with Incoming Webhooks and add one to the channel. Whoever has the URL can post, so it is kept in the keychain.</translation>
    </message>
    <message>
        <source>Enter the Bluesky handle, like yourname.bsky.social.</source>
        <translation>Enter the Bluesky handle, like yourname.bsky.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.</source>
        <translation>&quot;%1&quot; is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.</translation>
    </message>
    <message>
        <source>Enter an app password for %1.</source>
        <translation>Enter an app password for %1.</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Enter the instance&apos;s URL, like https://mastodon.social.</translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s URL, starting with https://.</source>
        <translation>Enter the webhook&apos;s URL, starting with https://.</translation>
    </message>
    <message>
        <source>Enter the access token of the application you made on %1.</source>
        <translation>Enter the access token of the application you made on %1.</translation>
    </message>
    <message>
        <source>Paste the incoming webhook&apos;s URL, starting with https://.</source>
        <translation>Paste the incoming webhook&apos;s URL, starting with https://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1 was saved, but its secret was not stored: %2</source>
        <translation>%1 was saved, but its secret was not stored: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Added %1 (ID %2). Posts to it are published at their time.</source>
        <translation>Added %1 (ID %2). Posts to it are published at their time.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Stop publishing to the selected account and forget its password</source>
        <translation>Stop publishing to the selected account and forget its password</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Remove Account</translation>
    </message>
    <message>
        <source>Remove %1 from Almanac?</source>
        <translation>Remove %1 from Almanac?</translation>
    </message>
    <message>
        <source>Almanac stops publishing to it and its password leaves the keychain. Posts already published there keep it in their history; adding it again later brings it back.</source>
        <translation>Almanac stops publishing to it and its password leaves the keychain. Posts already published there keep it in their history; adding it again later brings it back.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Removed %1, but its password is still in the keychain: %2</source>
        <translation>Removed %1, but its password is still in the keychain: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>%1 was saved, but its URL was not stored: %2</source>
        <translation>%1 was saved, but its URL was not stored: %2</translation>
    </message>
    <message>
        <source>Its posts go out unsigned until you give it a signing secret.</source>
        <translation>Its posts go out unsigned until you give it a signing secret.</translation>
    </message>
    <message>
        <source>optional; without one, unsigned</source>
        <translation>optional; without one, unsigned</translation>
    </message>
    <message>
        <source>Almanac sends each post to this address as JSON. With a signing secret, every request is signed (the Standard Webhooks way) so your receiver can check that it came from Almanac and is not an old one sent again; without one, anyone who learns the address can post as Almanac. The address and the secret are kept in the system keychain.</source>
        <translation>Almanac sends each post to this address as JSON. With a signing secret, every request is signed (the Standard Webhooks way) so your receiver can check that it came from Almanac and is not an old one sent again; without one, anyone who learns the address can post as Almanac. The address and the secret are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connect an account</translation>
    </message>
    <message>
        <source>Add a %1 account that Almanac publishes to itself</source>
        <translation>Add a %1 account that Almanac publishes to itself</translation>
    </message>
    <message>
        <source>X, Instagram, LinkedIn, TikTok and the rest go through a hosted scheduler (OpenPost, PostEverywhere or bundle.social): &lt;a href=&quot;#hosted&quot;&gt;set one up&lt;/a&gt;.</source>
        <translation>X, Instagram, LinkedIn, TikTok and the rest go through a hosted scheduler (OpenPost, PostEverywhere or bundle.social): &lt;a href=&quot;#hosted&quot;&gt;set one up&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 was saved, but its server&apos;s limits were not: %2</source>
        <translation>%1 was saved, but its server&apos;s limits were not: %2</translation>
    </message>
    <message numerus="yes">
        <source>Its server takes up to %Ln characters per post; Almanac counts by that.</source>
        <translation>
            <numerusform>Its server takes up to %Ln character per post; Almanac counts by that.</numerusform>
            <numerusform>Its server takes up to %Ln characters per post; Almanac counts by that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limits:</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own until the instance is read (on saving or Test Connection): %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Mastodon&apos;s own until the instance is read (on saving or Test Connection): %1 characters a post, a link counting %2, %3 pictures or videos.</translation>
    </message>
    <message>
        <source>As the instance says: %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>As the instance says: %1 characters a post, a link counting %2, %3 pictures or videos.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (through %2)</translation>
    </message>
    <message>
        <source>%1 publishes to this account for Almanac: change it in Hosted Schedulers.</source>
        <translation>%1 publishes to this account for Almanac: change it in Hosted Schedulers.</translation>
    </message>
    <message>
        <source>Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs (Settings, Publishing). Passwords and tokens go into the system keychain, never into Almanac&apos;s files.</source>
        <translation>Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs (Settings, Publishing). Passwords and tokens go into the system keychain, never into Almanac&apos;s files.</translation>
    </message>
    <message>
        <source>empty: the system keychain keeps what it has</source>
        <translation>empty: the system keychain keeps what it has</translation>
    </message>
</context>
<context>
    <name>Almanac::AlmanacdAtLogin</name>
    <message>
        <source>This computer does not start programs through systemd (there is no systemctl).</source>
        <translation>This computer does not start programs through systemd (there is no systemctl).</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl did not answer within %n second.</numerusform>
            <numerusform>systemctl did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>systemctl could not be started: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while the window is closed.</source>
        <translation>almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while the window is closed.</translation>
    </message>
    <message>
        <source>The store&apos;s path %1 holds a control character, which systemd cannot pass on to almanacd. Move the store to a folder with a plain name.</source>
        <translation>The store&apos;s path %1 holds a control character, which systemd cannot pass on to almanacd. Move the store to a folder with a plain name.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not turn on publishing while the window is closed</source>
        <translation>Could not turn on publishing while the window is closed</translation>
    </message>
    <message>
        <source>almanacd now publishes while the window is closed, and starts when you log in.</source>
        <translation>almanacd now publishes while the window is closed, and starts when you log in.</translation>
    </message>
    <message>
        <source>Could not turn off publishing while the window is closed</source>
        <translation>Could not turn off publishing while the window is closed</translation>
    </message>
    <message>
        <source>almanacd has stopped: posts are published only while the window is open.</source>
        <translation>almanacd has stopped: posts are published only while the window is open.</translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation>systemctl stopped unexpectedly.</translation>
    </message>
    <message>
        <source>almanacd already starts at login, set up by %1, which may publish another store.</source>
        <translation>almanacd already starts at login, set up by %1, which may publish another store.</translation>
    </message>
    <message>
        <source>Almanac is installed in a folder whose name systemd cannot run a program from (%1: a quote, a backslash, a $ or a control character). Install it in a folder with a plain name.</source>
        <translation>Almanac is installed in a folder whose name systemd cannot run a program from (%1: a quote, a backslash, a $ or a control character). Install it in a folder with a plain name.</translation>
    </message>
    <message>
        <source>%1 is a unit of your own, so Almanac leaves it alone: start almanacd from it, or remove it and turn this on again.</source>
        <translation>%1 is a unit of your own, so Almanac leaves it alone: start almanacd from it, or remove it and turn this on again.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>almanacd starts at login now, but it did not start</source>
        <translation>almanacd starts at login now, but it did not start</translation>
    </message>
    <message>
        <source>almanacd still starts at login, set up by %1</source>
        <translation>almanacd still starts at login, set up by %1</translation>
    </message>
    <message>
        <source>almanacd is not running (systemd says: %1)</source>
        <translation>almanacd is not running (systemd says: %1)</translation>
    </message>
    <message>
        <source>systemd does not read units from %1</source>
        <translation>systemd does not read units from %1</translation>
    </message>
    <message>
        <source>systemd runs almanacd as %1 says</source>
        <translation>systemd runs almanacd as %1 says</translation>
    </message>
    <message>
        <source>systemd says: %1</source>
        <translation>systemd says: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::BackgroundPublishingRow</name>
    <message>
        <source>Publishing while the window is closed: finding out…</source>
        <translation>Publishing while the window is closed: finding out…</translation>
    </message>
    <message>
        <source>Tu&amp;rn On</source>
        <translation>Tu&amp;rn On</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;. almanacd runs in the background and starts when you log in.</source>
        <translation>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;. almanacd runs in the background and starts when you log in.</translation>
    </message>
    <message>
        <source>Tu&amp;rn Off</source>
        <translation>Tu&amp;rn Off</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;off&lt;/b&gt;. A post due while the window is closed goes out when you open it, if it is not later than the limit below.</source>
        <translation>Publishing while the window is closed: &lt;b&gt;off&lt;/b&gt;. A post due while the window is closed goes out when you open it, if it is not later than the limit below.</translation>
    </message>
    <message>
        <source>Turning off publishing while the window is closed…</source>
        <translation>Turning off publishing while the window is closed…</translation>
    </message>
    <message>
        <source>Turning on publishing while the window is closed…</source>
        <translation>Turning on publishing while the window is closed…</translation>
    </message>
    <message>
        <source>At once, not on OK: almanacd publishes due posts to your Bluesky, Mastodon and webhook accounts, and syncs with your hosted schedulers, while this window is closed. It starts when you log in.</source>
        <translation>At once, not on OK: almanacd publishes due posts to your Bluesky, Mastodon and webhook accounts, and syncs with your hosted schedulers, while this window is closed. It starts when you log in.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;, but %1: it starts at your next login, or turn it off and on again to start it now.</source>
        <translation>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;, but %1: it starts at your next login, or turn it off and on again to start it now.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed cannot be set up from here (%1). To have it, have this run when you log in: %2</source>
        <translation>Publishing while the window is closed cannot be set up from here (%1). To have it, have this run when you log in: %2</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: finishing the change you asked for before…</source>
        <translation>Publishing while the window is closed: finishing the change you asked for before…</translation>
    </message>
</context>
<context>
    <name>Almanac::BackupActions</name>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>&amp;Back Up Store…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restore From Backup…</translation>
    </message>
    <message>
        <source>Save every post, account and import into one file</source>
        <translation>Save every post, account and import into one file</translation>
    </message>
    <message>
        <source>Replace the store with a backup (the current store is kept in the backups folder)</source>
        <translation>Replace the store with a backup (the current store is kept in the backups folder)</translation>
    </message>
    <message>
        <source>Almanac backup %1.sqlite</source>
        <translation>Almanac backup %1.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Back Up Store</translation>
    </message>
    <message>
        <source>Almanac backups (*.sqlite);;All files (*)</source>
        <translation>Almanac backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restore From Backup</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Replace everything in Almanac with this backup?</source>
        <translation>Replace everything in Almanac with this backup?</translation>
    </message>
    <message>
        <source>%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>Restored %1. The store as it was is kept in %2.</source>
        <translation>Restored %1. The store as it was is kept in %2.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Today&apos;s automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::CalendarGridView</name>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Almanac::CalendarModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Almanac::CalendarWidget</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: posts can be scheduled at most %2 days ahead.</source>
        <translation>Cannot schedule a post at %1: posts can be scheduled at most %2 days ahead.</translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: that time has passed. Choose a later day or time.</source>
        <translation>Cannot schedule a post at %1: that time has passed. Choose a later day or time.</translation>
    </message>
    <message>
        <source>A post that is published or being published cannot be moved: copy it instead (Ctrl+D, or hold Ctrl while dragging).</source>
        <translation>A post that is published or being published cannot be moved: copy it instead (Ctrl+D, or hold Ctrl while dragging).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published post(s) stayed where they went out; the others moved.</source>
        <translation>
            <numerusform>%Ln published post stayed where it went out; the others moved.</numerusform>
            <numerusform>%Ln published posts stayed where they went out; the others moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ComposerDialog</name>
    <message>
        <source>&amp;No date yet</source>
        <translation>&amp;No date yet</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Save &amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Publish Now</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>New Post</translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation>Accounts to post to</translation>
    </message>
    <message>
        <source>Text for every platform</source>
        <translation>Text for every platform</translation>
    </message>
    <message>
        <source>What do you want to say? Each platform&apos;s tab can have a text of its own.</source>
        <translation>What do you want to say? Each platform&apos;s tab can have a text of its own.</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>All Platforms</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>launch, q3</source>
        <translation>launch, q3</translation>
    </message>
    <message>
        <source>Keep the draft without a date: it waits in the Unscheduled Drafts panel until you drag it onto a day.</source>
        <translation>Keep the draft without a date: it waits in the Unscheduled Drafts panel until you drag it onto a day.</translation>
    </message>
    <message>
        <source>Post &amp;type:</source>
        <translation>Post &amp;type:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <source>Queue the post to be published right away</source>
        <translation>Queue the post to be published right away</translation>
    </message>
    <message>
        <source>Keep this post and start a copy of it</source>
        <translation>Keep this post and start a copy of it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>P&amp;ost to:</source>
        <translation>P&amp;ost to:</translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation>Edit Post</translation>
    </message>
    <message>
        <source>Choose a date to schedule the post</source>
        <translation>Choose a date to schedule the post</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.</source>
        <translation>%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>The time</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>The post type:</source>
        <translation>The post type:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Cannot save the post</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation>Scheduled for %1 (%2).</translation>
    </message>
    <message>
        <source>Queued to publish now.</source>
        <translation>Queued to publish now.</translation>
    </message>
    <message>
        <source>New Post (Copy)</source>
        <translation>New Post (Copy)</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>Cannot delete the post</translation>
    </message>
    <message>
        <source>Post deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Post deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Published Post</source>
        <translation>Published Post</translation>
    </message>
    <message>
        <source>Post Going Out</source>
        <translation>Post Going Out</translation>
    </message>
    <message>
        <source>Dupli&amp;cate as New Post</source>
        <translation>Dupli&amp;cate as New Post</translation>
    </message>
    <message>
        <source>Keep This Post?</source>
        <translation>Keep This Post?</translation>
    </message>
    <message>
        <source>You changed this post. Save the changes as a draft before closing?</source>
        <translation>You changed this post. Save the changes as a draft before closing?</translation>
    </message>
    <message>
        <source>This post is not saved yet. Save it as a draft before closing?</source>
        <translation>This post is not saved yet. Save it as a draft before closing?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Keep Editing</translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation>Dis&amp;card</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Connect an Account…</translation>
    </message>
    <message>
        <source>No account is connected yet: connect one to post to.</source>
        <translation>No account is connected yet: connect one to post to.</translation>
    </message>
    <message>
        <source>Schedule the post for its time (Ctrl+Enter)</source>
        <translation>Schedule the post for its time (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 %2/%3 · %4/%5 bytes</source>
        <translation>%1 %2/%3 · %4/%5 bytes</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s usual limit; an instance may allow more or less. Almanac reads your instance&apos;s own when the account is saved or tested in Publishing Accounts.</source>
        <translation>%1 is %2&apos;s usual limit; an instance may allow more or less. Almanac reads your instance&apos;s own when the account is saved or tested in Publishing Accounts.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
    <message>
        <source>Each platform counts in its own way: X counts a link as 23 and most emoji as 2; Mastodon counts a link as 23 and a mention of another server&apos;s account by its name alone; Bluesky counts what you see and caps the bytes too.</source>
        <translation>Each platform counts in its own way: X counts a link as 23 and most emoji as 2; Mastodon counts a link as 23 and a mention of another server&apos;s account by its name alone; Bluesky counts what you see and caps the bytes too.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>You changed this scheduled post. Save the changes? It stays scheduled for %1.</source>
        <translation>You changed this scheduled post. Save the changes? It stays scheduled for %1.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Save Changes</translation>
    </message>
    <message>
        <source>You changed this scheduled post, and as it is now it cannot go out (the composer says why). Saved as a draft, it comes off the schedule and is not published.</source>
        <translation>You changed this scheduled post, and as it is now it cannot go out (the composer says why). Saved as a draft, it comes off the schedule and is not published.</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Save as &amp;Draft</translation>
    </message>
    <message>
        <source>Dis&amp;card Changes</source>
        <translation>Dis&amp;card Changes</translation>
    </message>
    <message>
        <source>Post deleted from Almanac; where it was published, it stays up: delete it there too if it should go. Undo (Ctrl+Z) brings it back here.</source>
        <translation>Post deleted from Almanac; where it was published, it stays up: delete it there too if it should go. Undo (Ctrl+Z) brings it back here.</translation>
    </message>
</context>
<context>
    <name>Almanac::ConfirmPage</name>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) excluded: recorded in the import history, not imported.</source>
        <translation>
            <numerusform>%Ln row excluded: recorded in the import history, not imported.</numerusform>
            <numerusform>%Ln rows excluded: recorded in the import history, not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Post(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln Post</numerusform>
            <numerusform>&amp;Import %Ln Posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row has errors now. Did the file or the accounts change since the rows were checked? Go back to check it again.</numerusform>
            <numerusform>Nothing was imported: %Ln rows have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the Import</source>
        <translation>Confirm the Import</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 from &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; to %2 from &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On %1 (%2).</source>
        <translation>On %1 (%2).</translation>
    </message>
    <message>
        <source>Between %1 and %2 (%3).</source>
        <translation>Between %1 and %2 (%3).</translation>
    </message>
    <message>
        <source>%1 scheduled · %2 drafts</source>
        <translation>%1 scheduled · %2 drafts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Per platform: %1</source>
        <translation>Per platform: %1</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Every post is added to the calendar, or none is: an import is never left half done.</source>
        <translation>Every post is added to the calendar, or none is: an import is never left half done.</translation>
    </message>
</context>
<context>
    <name>Almanac::DeliveryStatus</name>
    <message>
        <source>✓ Published to %1.</source>
        <translation>✓ Published to %1.</translation>
    </message>
    <message>
        <source>✓ Published to %1: &lt;a href=&quot;%2&quot;&gt;see the post&lt;/a&gt;.</source>
        <translation>✓ Published to %1: &lt;a href=&quot;%2&quot;&gt;see the post&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>… Going out to %1 now.</source>
        <translation>… Going out to %1 now.</translation>
    </message>
    <message>
        <source>? Not known whether it reached %1: %2 Check the account, then: &lt;a href=&quot;%3&quot;&gt;It Went Out&lt;/a&gt; or &lt;a href=&quot;%4&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>? Not known whether it reached %1: %2 Check the account, then: &lt;a href=&quot;%3&quot;&gt;It Went Out&lt;/a&gt; or &lt;a href=&quot;%4&quot;&gt;Send It Again&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✗ Not published to %1: %2 &lt;a href=&quot;%3&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>✗ Not published to %1: %2 &lt;a href=&quot;%3&quot;&gt;Send It Again&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Almanac::EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Edit Tags</translation>
    </message>
    <message>
        <source>launch, #q3</source>
        <translation>launch, #q3</translation>
    </message>
    <message numerus="yes">
        <source>Change the tags of %Ln selected post(s). Separate tags with commas or spaces.</source>
        <translation>
            <numerusform>Change the tags of %Ln selected post. Separate tags with commas or spaces.</numerusform>
            <numerusform>Change the tags of %Ln selected posts. Separate tags with commas or spaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Add:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Remove:</translation>
    </message>
    <message>
        <source>Click a tag to add it.</source>
        <translation>Click a tag to add it.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
</context>
<context>
    <name>Almanac::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;All posts (%Ln)</source>
        <translation>
            <numerusform>&amp;All posts (%Ln)</numerusform>
            <numerusform>&amp;All posts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected posts (%Ln)</source>
        <translation>
            <numerusform>&amp;Selected posts (%Ln)</numerusform>
            <numerusform>&amp;Selected posts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln post(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln post to %1.</numerusform>
            <numerusform>Exported %Ln posts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Team ID:</source>
        <translation>&amp;Team ID:</translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation>&amp;Days from</translation>
    </message>
    <message>
        <source>Export Posts</source>
        <translation>Export Posts</translation>
    </message>
    <message>
        <source>OpenPost CSV</source>
        <translation>OpenPost CSV</translation>
    </message>
    <message>
        <source>bundle.social CSV</source>
        <translation>bundle.social CSV</translation>
    </message>
    <message>
        <source>JSON (everything)</source>
        <translation>JSON (everything)</translation>
    </message>
    <message>
        <source>iCalendar (for calendar apps)</source>
        <translation>iCalendar (for calendar apps)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>bundle.social team ID</source>
        <translation>bundle.social team ID</translation>
    </message>
    <message>
        <source>from bundle.social&apos;s team settings</source>
        <translation>from bundle.social&apos;s team settings</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>through</source>
        <translation>through</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>A spreadsheet in OpenPost&apos;s columns that Almanac and OpenPost read back. Alt text and media meant for one platform only are not carried.</source>
        <translation>A spreadsheet in OpenPost&apos;s columns that Almanac and OpenPost read back. Alt text and media meant for one platform only are not carried.</translation>
    </message>
    <message>
        <source>A spreadsheet in bundle.social&apos;s columns, ready for its CSV import. Tags, alt text and post types are not carried.</source>
        <translation>A spreadsheet in bundle.social&apos;s columns, ready for its CSV import. Tags, alt text and post types are not carried.</translation>
    </message>
    <message>
        <source>Every field of every post, for another Almanac or your own scripts; Almanac imports it back whole.</source>
        <translation>Every field of every post, for another Almanac or your own scripts; Almanac imports it back whole.</translation>
    </message>
    <message>
        <source>One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.</source>
        <translation>One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Almanac posts %1</source>
        <translation>Almanac posts %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
</context>
<context>
    <name>Almanac::FailedPanel</name>
    <message numerus="yes">
        <source>%Ln destination(s) failed. Select one to see why; double-click to open the post.</source>
        <translation>
            <numerusform>%Ln destination failed. Select it to see why; double-click to open the post.</numerusform>
            <numerusform>%Ln destinations failed. Select one to see why; double-click to open the post.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Selected</source>
        <translation>&amp;Retry Selected</translation>
    </message>
    <message>
        <source>Retry All in &amp;Range…</source>
        <translation>Retry All in &amp;Range…</translation>
    </message>
    <message>
        <source>Nothing has failed.</source>
        <translation>Nothing has failed.</translation>
    </message>
    <message>
        <source>Retry Failed Posts</source>
        <translation>Retry Failed Posts</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Queue again every destination that failed between these days (inclusive).</source>
        <translation>Queue again every destination that failed between these days (inclusive).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>It &amp;Went Out</source>
        <translation>It &amp;Went Out</translation>
    </message>
    <message>
        <source>For an unconfirmed post: you checked the account, and the post is there</source>
        <translation>For an unconfirmed post: you checked the account, and the post is there</translation>
    </message>
</context>
<context>
    <name>Almanac::FailedTargetsModel</name>
    <message numerus="yes">
        <source>%1
(%n attempt(s))</source>
        <translation>
            <numerusform>%1
(%n attempt)</numerusform>
            <numerusform>%1
(%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Why it failed</translation>
    </message>
</context>
<context>
    <name>Almanac::FilePage</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choose a CSV File</translation>
    </message>
    <message>
        <source>A content plan in the OpenPost or the bundle.social format: one row per post.</source>
        <translation>A content plan in the OpenPost or the bundle.social format: one row per post.</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>Drop a CSV file here</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choose File…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::FilterPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check tags to show only posts with one of them.</source>
        <translation>Check tags to show only posts with one of them.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · provider: %2</source>
        <translation>%1 · provider: %2</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>No accounts connected</translation>
    </message>
    <message>
        <source>No tags in view</source>
        <translation>No tags in view</translation>
    </message>
</context>
<context>
    <name>Almanac::HttpClient</name>
    <message>
        <source>The address is not a web address; expected one like https://example.com.</source>
        <translation>The address is not a web address; expected one like https://example.com.</translation>
    </message>
    <message>
        <source>%1 did not give a whole answer within %2 seconds.</source>
        <translation>%1 did not give a whole answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The host %1 could not be found: %2.</source>
        <translation>The host %1 could not be found: %2.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes; Almanac stopped reading.</source>
        <translation>%1 answered with more than %2 bytes; Almanac stopped reading.</translation>
    </message>
    <message>
        <source>%1 announced an answer of %2 bytes; Almanac takes at most %3.</source>
        <translation>%1 announced an answer of %2 bytes; Almanac takes at most %3.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds (the request timed out).</source>
        <translation>%1 sent nothing for %2 seconds (the request timed out).</translation>
    </message>
    <message>
        <source>No answer from %1: %2.</source>
        <translation>No answer from %1: %2.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 redirected the request more than %2 times.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address that is not a web address.</source>
        <translation>%1 redirected the request to an address that is not a web address.</translation>
    </message>
    <message>
        <source>%1 redirected the request from https to plain http at %2; Almanac does not follow that.</source>
        <translation>%1 redirected the request from https to plain http at %2; Almanac does not follow that.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Almanac never sends your key or password to another host. If the service moved, change the account&apos;s address.</source>
        <translation>%1 redirected the request to %2; Almanac never sends your key or password to another host. If the service moved, change the account&apos;s address.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address with a user name or password.</source>
        <translation>%1 redirected the request to an address with a user name or password.</translation>
    </message>
    <message>
        <source>%1 redirected an upload to %2; Almanac does not send it again there.</source>
        <translation>%1 redirected an upload to %2; Almanac does not send it again there.</translation>
    </message>
    <message>
        <source>%1 moved the address (HTTP %2); change the account&apos;s address to where it moved.</source>
        <translation>%1 moved the address (HTTP %2); change the account&apos;s address to where it moved.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refused: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 resolves to %2.</source>
        <translation>Refused: %1 resolves to %2.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut short: %2.</source>
        <translation>%1&apos;s answer was cut short: %2.</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportFlows</name>
    <message>
        <source>Import JSON Export</source>
        <translation>Import JSON Export</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem in %1.</numerusform>
            <numerusform>Nothing was imported: %Ln problems in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln post(s).</source>
        <translation>
            <numerusform>Imported %Ln post.</numerusform>
            <numerusform>Imported %Ln posts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %Ln post(s) removed.</source>
        <translation>
            <numerusform>Import undone: %Ln post removed.</numerusform>
            <numerusform>Import undone: %Ln posts removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Undo Import</translation>
    </message>
    <message>
        <source>&amp;Export Row Report…</source>
        <translation>&amp;Export Row Report…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Import History</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Remove the posts this import created? Posts you made or changed since are not touched; the history keeps its rows.</source>
        <translation>Remove the posts this import created? Posts you made or changed since are not touched; the history keeps its rows.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Export Row Report</source>
        <translation>Export Row Report</translation>
    </message>
    <message>
        <source>%1 rows.csv</source>
        <translation>%1 rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
    <message>
        <source>Show &amp;details: each post&apos;s ID and the row as stored</source>
        <translation>Show &amp;details: each post&apos;s ID and the row as stored</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportPreviewModel</name>
    <message>
        <source>Warning: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Clear to leave this row out of the import (it is recorded as excluded).</source>
        <translation>Clear to leave this row out of the import (it is recorded as excluded).</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportRowsModel</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Skipped (invalid)</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Post ID</translation>
    </message>
    <message>
        <source>Row as stored</source>
        <translation>Row as stored</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Left out in the preview</source>
        <translation>Left out in the preview</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Discard Your Fixes?</source>
        <translation>Discard Your Fixes?</translation>
    </message>
    <message>
        <source>You fixed or left out rows of %1. Closing now loses those changes; the file itself is not changed.</source>
        <translation>You fixed or left out rows of %1. Closing now loses those changes; the file itself is not changed.</translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation>&amp;Discard Fixes</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Keep Editing</translation>
    </message>
</context>
<context>
    <name>Almanac::JsonImportDialog</name>
    <message>
        <source>Import JSON Export</source>
        <translation>Import JSON Export</translation>
    </message>
    <message numerus="yes">
        <source>Add the %Ln post(s) in %1 to the calendar?</source>
        <translation>
            <numerusform>Add the %Ln post in %1 to the calendar?</numerusform>
            <numerusform>Add the %Ln posts in %1 to the calendar?</numerusform>
        </translation>
    </message>
    <message>
        <source>They become one import, which Import History can undo.</source>
        <translation>They become one import, which Import History can undo.</translation>
    </message>
    <message>
        <source>These posts would upload files from this computer. A plan from someone else can name any file, so check each one you expect to be published:</source>
        <translation>These posts would upload files from this computer. A plan from someone else can name any file, so check each one you expect to be published:</translation>
    </message>
    <message>
        <source>Files from this computer</source>
        <translation>Files from this computer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Check every file to import the posts, or Cancel to import nothing.</source>
        <translation>Check every file to import the posts, or Cancel to import nothing.</translation>
    </message>
</context>
<context>
    <name>Almanac::LocalScheduler</name>
    <message>
        <source>Published %1.</source>
        <translation>Published %1.</translation>
    </message>
    <message>
        <source>Will try %1 again: %2</source>
        <translation>Will try %1 again: %2</translation>
    </message>
    <message>
        <source>Missed %1.</source>
        <translation>Missed %1.</translation>
    </message>
    <message>
        <source>Could not publish %1: %2</source>
        <translation>Could not publish %1: %2</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>“%1” to %2</translation>
    </message>
    <message>
        <source>Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.</source>
        <translation>Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.</translation>
    </message>
    <message>
        <source>Almanac cannot publish to %1 itself yet.</source>
        <translation>Almanac cannot publish to %1 itself yet.</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (gave up after %2 attempts)</translation>
    </message>
    <message>
        <source>Not sure %1 went out: %2</source>
        <translation>Not sure %1 went out: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set aside: publishing it crashed or ran out of time %n time(s) in a row. Retry it once the account works again.</source>
        <translation>
            <numerusform>Set aside: publishing it crashed or ran out of time %n time in a row. Retry it once the account works again.</numerusform>
            <numerusform>Set aside: publishing it crashed or ran out of time %n times in a row. Retry it once the account works again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not finish within %n minute(s); the account may be slow or stuck.</source>
        <translation>
            <numerusform>It did not finish within %n minute; the account may be slow or stuck.</numerusform>
            <numerusform>It did not finish within %n minutes; the account may be slow or stuck.</numerusform>
        </translation>
    </message>
    <message>
        <source>--lease-seconds &quot;%1&quot; is not a number of seconds from 1 to 86400 (a day)</source>
        <translation>--lease-seconds &quot;%1&quot; is not a number of seconds from 1 to 86400 (a day)</translation>
    </message>
</context>
<context>
    <name>Almanac::MainStatusBar</name>
    <message>
        <source>The time zone times are shown and entered in. Click to change it.</source>
        <translation>The time zone times are shown and entered in. Click to change it.</translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation>Sync starting…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %Ln to sync</source>
        <translation>
            <numerusform>Offline · %Ln to sync</numerusform>
            <numerusform>Offline · %Ln to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing · %Ln to go</source>
        <translation>
            <numerusform>Syncing · %Ln to go</numerusform>
            <numerusform>Syncing · %Ln to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to sync</source>
        <translation>
            <numerusform>%Ln to sync</numerusform>
            <numerusform>%Ln to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Click to sync now.</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Time Zone</translation>
    </message>
    <message>
        <source>Show and enter times in this time zone:</source>
        <translation>Show and enter times in this time zone:</translation>
    </message>
</context>
<context>
    <name>Almanac::MainWindow</name>
    <message numerus="yes">
        <source>%Ln failed destination(s) queued again.</source>
        <translation>
            <numerusform>%Ln failed destination queued again.</numerusform>
            <numerusform>%Ln failed destinations queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In view: %Ln post(s)</source>
        <translation>
            <numerusform>In view: %Ln post</numerusform>
            <numerusform>In view: %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln draft</numerusform>
            <numerusform>%Ln drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled</source>
        <translation>
            <numerusform>%Ln scheduled</numerusform>
            <numerusform>%Ln scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hidden by filters</source>
        <translation>
            <numerusform>%Ln hidden by filters</numerusform>
            <numerusform>%Ln hidden by filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) could not be published: %1</source>
        <translation>
            <numerusform>%Ln post could not be published: %1</numerusform>
            <numerusform>%Ln posts could not be published: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %Ln post(s).</source>
        <translation>
            <numerusform>Published %Ln post.</numerusform>
            <numerusform>Published %Ln posts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Almanac</source>
        <translation>Almanac</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;New Post…</translation>
    </message>
    <message>
        <source>Write a new post (%1)</source>
        <translation>Write a new post (%1)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Check a CSV file of posts and add them to the calendar</source>
        <translation>Check a CSV file of posts and add them to the calendar</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import &amp;History…</translation>
    </message>
    <message>
        <source>Past imports, their rows, and Undo Import</source>
        <translation>Past imports, their rows, and Undo Import</translation>
    </message>
    <message>
        <source>Import &amp;JSON Export…</source>
        <translation>Import &amp;JSON Export…</translation>
    </message>
    <message>
        <source>Add the posts of an Almanac JSON export</source>
        <translation>Add the posts of an Almanac JSON export</translation>
    </message>
    <message>
        <source>Import JSON Export</source>
        <translation>Import JSON Export</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save posts as CSV, JSON or a calendar file</source>
        <translation>Save posts as CSV, JSON or a calendar file</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sync Now</translation>
    </message>
    <message>
        <source>Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet.</source>
        <translation>Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet.</translation>
    </message>
    <message>
        <source>Hos&amp;ted Schedulers…</source>
        <translation>Hos&amp;ted Schedulers…</translation>
    </message>
    <message>
        <source>Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to</source>
        <translation>Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to</translation>
    </message>
    <message>
        <source>&amp;Publishing Accounts…</source>
        <translation>&amp;Publishing Accounts…</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself</source>
        <translation>Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Open Post</source>
        <translation>&amp;Open Post</translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation>&amp;Move to Date…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Edit &amp;Tags…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, time zone, the accounts new posts go to, publishing and backups</source>
        <translation>Language, time zone, the accounts new posts go to, publishing and backups</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Almanac</source>
        <translation>&amp;About Almanac</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Search text or #tag</source>
        <translation>Search text or #tag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>Unscheduled Drafts</source>
        <translation>Unscheduled Drafts</translation>
    </message>
    <message>
        <source>&amp;Unscheduled Drafts</source>
        <translation>&amp;Unscheduled Drafts</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Almanac speaks %1 from the next start.</source>
        <translation>Almanac speaks %1 from the next start.</translation>
    </message>
    <message>
        <source>That post is not in the store any more.</source>
        <translation>That post is not in the store any more.</translation>
    </message>
    <message>
        <source>About Almanac</source>
        <translation>About Almanac</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;An offline-first content calendar for social media managers: plan posts for every platform, import content plans from CSV, and publish when you are back online.&lt;/p&gt;&lt;p&gt;Your posts live in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;An offline-first content calendar for social media managers: plan posts for every platform, import content plans from CSV, and publish when you are back online.&lt;/p&gt;&lt;p&gt;Your posts live in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the list.</source>
        <translation>%1 is not there any more; it was taken off the list.</translation>
    </message>
    <message>
        <source>No files imported yet</source>
        <translation>No files imported yet</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Publishing is paused until you resume it from the tray or restart Almanac.</source>
        <translation>Publishing is paused until you resume it from the tray or restart Almanac.</translation>
    </message>
    <message>
        <source>Publishing resumed.</source>
        <translation>Publishing resumed.</translation>
    </message>
    <message>
        <source>Sync cannot start: %1</source>
        <translation>Sync cannot start: %1</translation>
    </message>
    <message>
        <source>Send what changed to your hosted schedulers now (F5)</source>
        <translation>Send what changed to your hosted schedulers now (F5)</translation>
    </message>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>Open Re&amp;cent</translation>
    </message>
    <message>
        <source>Dupli&amp;cate a Week Later</source>
        <translation>Dupli&amp;cate a Week Later</translation>
    </message>
    <message>
        <source>Fa&amp;iled Posts</source>
        <translation>Fa&amp;iled Posts</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln destination(s) as published.</source>
        <translation>
            <numerusform>Marked %Ln destination as published.</numerusform>
            <numerusform>Marked %Ln destinations as published.</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>More tools</translation>
    </message>
    <message>
        <source>Your calendar is empty. Double-click a day to write a post, connect the accounts to post to, or import a content plan from a CSV file (you can also drop the file on this window).</source>
        <translation>Your calendar is empty. Double-click a day to write a post, connect the accounts to post to, or import a content plan from a CSV file (you can also drop the file on this window).</translation>
    </message>
    <message>
        <source>Connect an Account…</source>
        <translation>Connect an Account…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Open the Demo</translation>
    </message>
    <message>
        <source>Show &amp;Failed Posts</source>
        <translation>Show &amp;Failed Posts</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>Almanac::MapPage</name>
    <message numerus="yes">
        <source>%1, %2, %Ln column(s)</source>
        <translation>
            <numerusform>%1, %2, %Ln column</numerusform>
            <numerusform>%1, %2, %Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be ignored.</source>
        <translation>
            <numerusform>%Ln column will be ignored.</numerusform>
            <numerusform>%Ln columns will be ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semicolon-separated</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation>Map the Columns</translation>
    </message>
    <message>
        <source>Check what each column of the file means. Columns Almanac does not know are ignored (their values are kept in the import history).</source>
        <translation>Check what each column of the file means. Columns Almanac does not know are ignored (their values are kept in the import history).</translation>
    </message>
    <message>
        <source>Columns of the file and what each is read as</source>
        <translation>Columns of the file and what each is read as</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone.</source>
        <translation>Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation>Times without an offset are in:</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>Day first (31/12/2027, 31.12.2027)</source>
        <translation>Day first (31/12/2027, 31.12.2027)</translation>
    </message>
    <message>
        <source>Month first (12/31/2027)</source>
        <translation>Month first (12/31/2027)</translation>
    </message>
    <message>
        <source>Year first (2027/12/31)</source>
        <translation>Year first (2027/12/31)</translation>
    </message>
    <message>
        <source>How dates such as 05/03/2027 are read: 5 March (day first) or 3 May (month first).</source>
        <translation>How dates such as 05/03/2027 are read: 5 March (day first) or 3 May (month first).</translation>
    </message>
    <message>
        <source>Dates are &amp;written:</source>
        <translation>Dates are &amp;written:</translation>
    </message>
    <message>
        <source>This file writes the day first: some of its dates have a day above 12.</source>
        <translation>This file writes the day first: some of its dates have a day above 12.</translation>
    </message>
    <message>
        <source>This file writes the month first: some of its dates have a day above 12 in second place.</source>
        <translation>This file writes the month first: some of its dates have a day above 12 in second place.</translation>
    </message>
    <message>
        <source>Reading how this file writes its dates…</source>
        <translation>Reading how this file writes its dates…</translation>
    </message>
    <message>
        <source>Nothing in this file shows whether a date written like 05/03/2027 means 5 March or 3 May: choose how its dates are written.</source>
        <translation>Nothing in this file shows whether a date written like 05/03/2027 means 5 March or 3 May: choose how its dates are written.</translation>
    </message>
    <message>
        <source>Found from its dates (a day after the 12th shows the order)</source>
        <translation>Found from its dates (a day after the 12th shows the order)</translation>
    </message>
</context>
<context>
    <name>Almanac::MediaStrip</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Drop image or video files here</source>
        <translation>Drop image or video files here</translation>
    </message>
    <message>
        <source>Paste an image or video URL and press Enter</source>
        <translation>Paste an image or video URL and press Enter</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>Media URL</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Add &amp;Files…</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (only for %2)</translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation>Add Media</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)</source>
        <translation>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)</translation>
    </message>
    <message>
        <source>Alt text of the selected picture</source>
        <translation>Alt text of the selected picture</translation>
    </message>
    <message>
        <source>Alt text: describe the selected picture for people who cannot see it</source>
        <translation>Alt text: describe the selected picture for people who cannot see it</translation>
    </message>
    <message>
        <source>%1 · ALT</source>
        <translation>%1 · ALT</translation>
    </message>
    <message>
        <source>No alt text yet.</source>
        <translation>No alt text yet.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Alt text: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: paste one such as https://example.com/photo.jpg, or add a file with Add Files.</source>
        <translation>“%1” is not a web address: paste one such as https://example.com/photo.jpg, or add a file with Add Files.</translation>
    </message>
</context>
<context>
    <name>Almanac::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Almanac::MonthView</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Selected, among the day&apos;s other posts: %1. Enter opens it.</source>
        <translation>Selected, among the day&apos;s other posts: %1. Enter opens it.</translation>
    </message>
</context>
<context>
    <name>Almanac::MoveTimesDialog</name>
    <message>
        <source>Move Times</source>
        <translation>Move Times</translation>
    </message>
    <message>
        <source>How far to move the times (below zero: earlier)</source>
        <translation>How far to move the times (below zero: earlier)</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Move by:</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Row(s)</source>
        <translation>
            <numerusform>Move %Ln Row</numerusform>
            <numerusform>Move %Ln Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Each selected row&apos;s date moves, its time of day stays; each is checked again at once. Below zero moves them earlier.</source>
        <translation>Each selected row&apos;s date moves, its time of day stays; each is checked again at once. Below zero moves them earlier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected rows has a time that could be read: fix those with Set a Column.</source>
        <translation>None of the selected rows has a time that could be read: fix those with Set a Column.</translation>
    </message>
    <message>
        <source>%1 becomes %2.</source>
        <translation>%1 becomes %2.</translation>
    </message>
    <message>
        <source>The earliest, %1, becomes %2; the latest, %3, becomes %4.</source>
        <translation>The earliest, %1, becomes %2; the latest, %3, becomes %4.</translation>
    </message>
    <message>
        <source>Some would still be in the past.</source>
        <translation>Some would still be in the past.</translation>
    </message>
    <message>
        <source>Some would be further ahead than a post may be scheduled (%1).</source>
        <translation>Some would be further ahead than a post may be scheduled (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows go to %1 at the same minute (%2), and moved they still will: most networks take a burst like that as spam. Give them different times with Set a Column if that is not meant.</source>
        <translation>
            <numerusform>%Ln of these rows goes to %1 at the same minute (%2), and moved it still will: most networks take a burst like that as spam. Give them different times with Set a Column if that is not meant.</numerusform>
            <numerusform>%Ln of these rows go to %1 at the same minute (%2), and moved they still will: most networks take a burst like that as spam. Give them different times with Set a Column if that is not meant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MoveToDateDialog</name>
    <message>
        <source>Move Posts</source>
        <translation>Move Posts</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>Move %Ln post</numerusform>
            <numerusform>Move %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Each post keeps its time of day.</source>
        <translation>Each post keeps its time of day.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>Almanac::PlatformTab</name>
    <message>
        <source>Text for %1</source>
        <translation>Text for %1</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>%1 settings</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post, counted as %1 counts them.</source>
        <translation>Too long for %1: it accepts at most %2 characters per post, counted as %1 counts them.</translation>
    </message>
    <message>
        <source>The text %1</source>
        <translation>The text %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Write a different te&amp;xt for %1</source>
        <translation>Write a different te&amp;xt for %1</translation>
    </message>
    <message>
        <source>Split into T&amp;hread</source>
        <translation>Split into T&amp;hread</translation>
    </message>
    <message>
        <source>Make %1&apos;s text a thread of numbered posts that each fit its limit. The other platforms keep one post.</source>
        <translation>Make %1&apos;s text a thread of numbered posts that each fit its limit. The other platforms keep one post.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) in the thread</source>
        <translation>
            <numerusform>%Ln post in the thread</numerusform>
            <numerusform>%Ln posts in the thread</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 / %4 bytes</source>
        <translation>%1 / %2 · %3 / %4 bytes</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters and %3 bytes per post.</source>
        <translation>Too long for %1: it accepts at most %2 characters and %3 bytes per post.</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(default: %1)</translation>
    </message>
</context>
<context>
    <name>Almanac::PostListModel</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Almanac::PostPreview</name>
    <message numerus="yes">
        <source>%Ln more not shown: %1 shows at most %2</source>
        <translation>
            <numerusform>%Ln more not shown: %1 shows at most %2</numerusform>
            <numerusform>%Ln more not shown: %1 shows at most %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation>Post %1 of %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>No alt text: select the picture in Media and describe it, so people who cannot see it know what it shows.</source>
        <translation>No alt text: select the picture in Media and describe it, so people who cannot see it know what it shows.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Alt text: %1</translation>
    </message>
    <message>
        <source>Link card: its title and picture are read from the page when the post goes out.</source>
        <translation>Link card: its title and picture are read from the page when the post goes out.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link. Turn it off in %1 settings below the text.</source>
        <translation>The card %1 shows for the link. Turn it off in %1 settings below the text.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link.</source>
        <translation>The card %1 shows for the link.</translation>
    </message>
    <message>
        <source>No link card: with pictures, %1 shows them instead.</source>
        <translation>No link card: with pictures, %1 shows them instead.</translation>
    </message>
</context>
<context>
    <name>Almanac::PreviewPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Check &amp;Again</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Check Every Row</translation>
    </message>
    <message>
        <source>Double-click a cell, or a field below, to fix it. Clear a row&apos;s box to leave it out; it is recorded in the import history as excluded.</source>
        <translation>Double-click a cell, or a field below, to fix it. Clear a row&apos;s box to leave it out; it is recorded in the import history as excluded.</translation>
    </message>
    <message>
        <source>Rows of the file, as checked</source>
        <translation>Rows of the file, as checked</translation>
    </message>
    <message>
        <source>Every field of the selected row</source>
        <translation>Every field of the selected row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>All %1 rows checked.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows; nothing was written. Check the whole file to go on.</source>
        <translation>Stopped after %1 rows; nothing was written. Check the whole file to go on.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>%1 valid</source>
        <translation>%1 valid</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 with errors</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 with warnings</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 excluded</translation>
    </message>
    <message>
        <source>Select a row to see all its fields.</source>
        <translation>Select a row to see all its fields.</translation>
    </message>
    <message>
        <source>Row %1, every field:</source>
        <translation>Row %1, every field:</translation>
    </message>
    <message>
        <source>&amp;Leave Out Rows with Errors</source>
        <translation>&amp;Leave Out Rows with Errors</translation>
    </message>
    <message>
        <source>Clear the box of every row with errors: they are recorded as excluded, and the others can be imported.</source>
        <translation>Clear the box of every row with errors: they are recorded as excluded, and the others can be imported.</translation>
    </message>
    <message>
        <source>This field has an error.</source>
        <translation>This field has an error.</translation>
    </message>
    <message>
        <source>Leave &amp;Out This Row</source>
        <translation>Leave &amp;Out This Row</translation>
    </message>
    <message>
        <source>&amp;Include This Row</source>
        <translation>&amp;Include This Row</translation>
    </message>
    <message>
        <source>&amp;Fix This Cell</source>
        <translation>&amp;Fix This Cell</translation>
    </message>
    <message>
        <source>Set a Col&amp;umn…</source>
        <translation>Set a Col&amp;umn…</translation>
    </message>
    <message>
        <source>Space includes or excludes the selected rows; F2 or a double-click fixes a cell. Select several rows (Shift or Ctrl and a click) to set a column for all of them.</source>
        <translation>Space includes or excludes the selected rows; F2 or a double-click fixes a cell. Select several rows (Shift or Ctrl and a click) to set a column for all of them.</translation>
    </message>
    <message>
        <source>Give one column the same value in every selected row.</source>
        <translation>Give one column the same value in every selected row.</translation>
    </message>
    <message numerus="yes">
        <source>Leave &amp;Out the %Ln Selected Rows</source>
        <translation>
            <numerusform>Leave &amp;Out %Ln Selected Row</numerusform>
            <numerusform>Leave &amp;Out the %Ln Selected Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %Ln Selected Rows</source>
        <translation>
            <numerusform>&amp;Include %Ln Selected Row</numerusform>
            <numerusform>&amp;Include the %Ln Selected Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Set Column</source>
        <translation>Und&amp;o Set Column</translation>
    </message>
    <message>
        <source>Once the file is checked, its commonest problems are listed here too: choose one to see only its rows, then select them all (Ctrl+A) to fix them together with Set a Column or leave them out with Space.</source>
        <translation>Once the file is checked, its commonest problems are listed here too: choose one to see only its rows, then select them all (Ctrl+A) to fix them together with Set a Column or leave them out with Space.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln row: %1</numerusform>
            <numerusform>%Ln rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Times…</source>
        <translation>&amp;Move Times…</translation>
    </message>
    <message>
        <source>Move the selected rows&apos; dates by days, weeks, months or years (last year&apos;s plan to this year, say); each keeps its time of day.</source>
        <translation>Move the selected rows&apos; dates by days, weeks, months or years (last year&apos;s plan to this year, say); each keeps its time of day.</translation>
    </message>
    <message>
        <source>The rows have their values from before again.</source>
        <translation>The rows have their values from before again.</translation>
    </message>
    <message>
        <source>Und&amp;o Move Times</source>
        <translation>Und&amp;o Move Times</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; set for %Ln row(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; set for %Ln row.</numerusform>
            <numerusform>&quot;%1&quot; set for %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The times of %Ln row(s) moved.</source>
        <translation>
            <numerusform>The time of %Ln row moved.</numerusform>
            <numerusform>The times of %Ln rows moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them fell on a day their month does not have and went to its last day.</source>
        <translation>
            <numerusform>%Ln of them fell on a day its month does not have and went to its last day.</numerusform>
            <numerusform>%Ln of them fell on a day their month does not have and went to its last day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) had no time that could be read and stayed as they were.</source>
        <translation>
            <numerusform>%Ln row had no time that could be read and stayed as it was.</numerusform>
            <numerusform>%Ln rows had no time that could be read and stayed as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To go on, fix or leave out the %Ln row(s) with errors.</source>
        <translation>
            <numerusform>To go on, fix or leave out the %Ln row with errors.</numerusform>
            <numerusform>To go on, fix or leave out the %Ln rows with errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Leave Out</source>
        <translation>Und&amp;o Leave Out</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out.</source>
        <translation>
            <numerusform>%Ln row with errors left out.</numerusform>
            <numerusform>%Ln rows with errors left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is left out: include one to go on.</source>
        <translation>Every row is left out: include one to go on.</translation>
    </message>
    <message>
        <source>The rows left out are in again.</source>
        <translation>The rows left out are in again.</translation>
    </message>
    <message>
        <source>The rows have their times from before again.</source>
        <translation>The rows have their times from before again.</translation>
    </message>
    <message>
        <source>Re&amp;do Leave Out</source>
        <translation>Re&amp;do Leave Out</translation>
    </message>
    <message>
        <source>Re&amp;do Set Column</source>
        <translation>Re&amp;do Set Column</translation>
    </message>
    <message>
        <source>Re&amp;do Move Times</source>
        <translation>Re&amp;do Move Times</translation>
    </message>
    <message>
        <source>%1 excluded (%2 with errors)</source>
        <translation>%1 excluded (%2 with errors)</translation>
    </message>
    <message>
        <source>Rows with errors (%1)</source>
        <translation>Rows with errors (%1)</translation>
    </message>
    <message>
        <source>Rows with warnings (%1)</source>
        <translation>Rows with warnings (%1)</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
</context>
<context>
    <name>Almanac::ProvidersDialog</name>
    <message numerus="yes">
        <source>Connected to %1: %Ln account(s). Add the ones to post to.</source>
        <translation>
            <numerusform>Connected to %1: %Ln account. Add the ones to post to.</numerusform>
            <numerusform>Connected to %1: %Ln accounts. Add the ones to post to.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Hosted Schedulers</source>
        <translation>Hosted Schedulers</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation> requests a minute</translation>
    </message>
    <message>
        <source>bundle.social only</source>
        <translation>bundle.social only</translation>
    </message>
    <message>
        <source>stored in the system keychain, never in Almanac&apos;s files</source>
        <translation>stored in the system keychain, never in Almanac&apos;s files</translation>
    </message>
    <message>
        <source>Accounts at the provider</source>
        <translation>Accounts at the provider</translation>
    </message>
    <message>
        <source>Remote account</source>
        <translation>Remote account</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation>&amp;Add Provider</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Add a provider</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Providers:</translation>
    </message>
    <message>
        <source>Test the connection to list the provider&apos;s accounts, then add the ones to post to.</source>
        <translation>Test the connection to list the provider&apos;s accounts, then add the ones to post to.</translation>
    </message>
    <message>
        <source>Add the account you have at a hosted scheduler; Almanac then syncs the posts of the integrations that go through it.</source>
        <translation>Add the account you have at a hosted scheduler; Almanac then syncs the posts of the integrations that go through it.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key; it goes into the system keychain.</source>
        <translation>Enter the provider&apos;s API key; it goes into the system keychain.</translation>
    </message>
    <message>
        <source> It is a test key: nothing is published for real with it.</source>
        <translation> It is a test key: nothing is published for real with it.</translation>
    </message>
    <message>
        <source> It is a live key: posts go out for real.</source>
        <translation> It is a live key: posts go out for real.</translation>
    </message>
    <message>
        <source>The provider was added, but its key was not stored: %1</source>
        <translation>The provider was added, but its key was not stored: %1</translation>
    </message>
    <message>
        <source>Added %1. Test the connection to see its accounts.</source>
        <translation>Added %1. Test the connection to see its accounts.</translation>
    </message>
    <message>
        <source>%1&apos;s API has no read-only call to test with; the key is checked at the first sync.</source>
        <translation>%1&apos;s API has no read-only call to test with; the key is checked at the first sync.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation>%1 did not accept the connection: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Added %1: posts to it now sync through %2.</source>
        <translation>Added %1: posts to it now sync through %2.</translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation>API ke&amp;y:</translation>
    </message>
    <message>
        <source>None yet. Fill in &quot;Add a provider&quot; with the account you have at OpenPost, PostEverywhere or bundle.social.</source>
        <translation>None yet. Fill in &quot;Add a provider&quot; with the account you have at OpenPost, PostEverywhere or bundle.social.</translation>
    </message>
    <message>
        <source>Store the account&apos;s API key again: one that was never stored, mistyped, or replaced at the provider</source>
        <translation>Store the account&apos;s API key again: one that was never stored, mistyped, or replaced at the provider</translation>
    </message>
    <message>
        <source>API Key of %1</source>
        <translation>API Key of %1</translation>
    </message>
    <message>
        <source>The API key of %1. It goes into the system keychain, in the place of the one there, if any:</source>
        <translation>The API key of %1. It goes into the system keychain, in the place of the one there, if any:</translation>
    </message>
    <message>
        <source>No key was entered: the keychain keeps what it had for %1.</source>
        <translation>No key was entered: the keychain keeps what it had for %1.</translation>
    </message>
    <message>
        <source>The key of %1 was not stored: %2</source>
        <translation>The key of %1 was not stored: %2</translation>
    </message>
    <message>
        <source>The key of %1 is in the system keychain. Test the connection to check it.</source>
        <translation>The key of %1 is in the system keychain. Test the connection to check it.</translation>
    </message>
    <message>
        <source>&amp;Set API Key…</source>
        <translation>&amp;Set API Key…</translation>
    </message>
</context>
<context>
    <name>Almanac::PublishingIndicator</name>
    <message numerus="yes">
        <source>Last round at %1 (one every %Ln second(s)).</source>
        <translation>
            <numerusform>Last round at %1 (one every %Ln second).</numerusform>
            <numerusform>Last round at %1 (one every %Ln seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>almanacd running</source>
        <translation>almanacd running</translation>
    </message>
    <message>
        <source>almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, also while this window is closed.</source>
        <translation>almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, also while this window is closed.</translation>
    </message>
    <message>
        <source>Started at %1; no round finished yet.</source>
        <translation>Started at %1; no round finished yet.</translation>
    </message>
    <message>
        <source>Since it started at %1: %2 published, %3 failed or missed.</source>
        <translation>Since it started at %1: %2 published, %3 failed or missed.</translation>
    </message>
    <message>
        <source>Publishing while open</source>
        <translation>Publishing while open</translation>
    </message>
    <message>
        <source>almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published only while this window is open.</source>
        <translation>almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published only while this window is open.</translation>
    </message>
    <message>
        <source>almanacd was last heard from at %1.</source>
        <translation>almanacd was last heard from at %1.</translation>
    </message>
    <message>
        <source>Latest (%1, %2): %3</source>
        <translation>Latest (%1, %2): %3</translation>
    </message>
    <message>
        <source>To publish while the window is closed, turn it on in Settings, Publishing.</source>
        <translation>To publish while the window is closed, turn it on in Settings, Publishing.</translation>
    </message>
</context>
<context>
    <name>Almanac::ResultPage</name>
    <message numerus="yes">
        <source>%Ln post(s) from %1 are in your calendar.</source>
        <translation>
            <numerusform>%Ln post from %1 are in your calendar.</numerusform>
            <numerusform>%Ln posts from %1 are in your calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded row(s) are recorded in the import history.</source>
        <translation>
            <numerusform>%Ln excluded row is recorded in the import history.</numerusform>
            <numerusform>%Ln excluded rows are recorded in the import history.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Undo Import</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>The new posts are selected in the calendar.</source>
        <translation>The new posts are selected in the calendar.</translation>
    </message>
    <message>
        <source>Remove exactly the posts this import created</source>
        <translation>Remove exactly the posts this import created</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import &amp;History…</translation>
    </message>
    <message>
        <source>The import was undone: its posts are gone; the import history keeps its rows.</source>
        <translation>The import was undone: its posts are gone; the import history keeps its rows.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <source>The import was not undone; the message in the window says why.</source>
        <translation>The import was not undone; the message in the window says why.</translation>
    </message>
</context>
<context>
    <name>Almanac::SetColumnDialog</name>
    <message>
        <source>Set a Column</source>
        <translation>Set a Column</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignored)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Column:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message numerus="yes">
        <source>Set for %Ln Row(s)</source>
        <translation>
            <numerusform>Set for %Ln Row</numerusform>
            <numerusform>Set for %Ln Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected row gets this value; each is checked again at once.</source>
        <translation>Every selected row gets this value; each is checked again at once.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>One of: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::SettingsDialog</name>
    <message>
        <source>P&amp;ublish due posts while this window is open</source>
        <translation>P&amp;ublish due posts while this window is open</translation>
    </message>
    <message>
        <source>&amp;Back up the store every day</source>
        <translation>&amp;Back up the store every day</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>New Posts</source>
        <translation>New Posts</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>The system&apos;s (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Times are shown and entered in this zone; posts keep their moment in time.</source>
        <translation>Times are shown and entered in this zone; posts keep their moment in time.</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Weeks start on:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>A new post goes to these &amp;accounts:</source>
        <translation>A new post goes to these &amp;accounts:</translation>
    </message>
    <message>
        <source>Accounts a new post goes to</source>
        <translation>Accounts a new post goes to</translation>
    </message>
    <message>
        <source>Publish a missed post if it is at most</source>
        <translation>Publish a missed post if it is at most</translation>
    </message>
    <message>
        <source> minutes late</source>
        <translation> minutes late</translation>
    </message>
    <message>
        <source>When the computer was asleep or off at a post&apos;s time, it is published when Almanac runs again if it is at most this late. Later ones wait in Failed Posts for you to publish anyway or reschedule.</source>
        <translation>When the computer was asleep or off at a post&apos;s time, it is published when Almanac runs again if it is at most this late. Later ones wait in Failed Posts for you to publish anyway or reschedule.</translation>
    </message>
    <message>
        <source>Publishing &amp;Accounts…</source>
        <translation>Publishing &amp;Accounts…</translation>
    </message>
    <message>
        <source>&amp;Hosted Schedulers…</source>
        <translation>&amp;Hosted Schedulers…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Folder for Backups</source>
        <translation>Folder for Backups</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> newest copies</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>A copy is made when Almanac starts and every few hours while it runs, once a day. Restoring a backup also keeps the store as it was in this folder first.</source>
        <translation>A copy is made when Almanac starts and every few hours while it runs, once a day. Restoring a backup also keeps the store as it was in this folder first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, such as Europe/Berlin.</source>
        <translation>&quot;%1&quot; is not a time zone; choose one from the list, such as Europe/Berlin.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups (a full path, such as %1).</source>
        <translation>Choose a folder for the backups (a full path, such as %1).</translation>
    </message>
    <message>
        <source>Allow media from my &amp;local network</source>
        <translation>Allow media from my &amp;local network</translation>
    </message>
    <message>
        <source>When this is off, Almanac fetches a post&apos;s pictures and videos only from public web addresses, so a plan from someone else cannot make it fetch files from this computer or your office network. Turn it on if your team serves media on the local network.</source>
        <translation>When this is off, Almanac fetches a post&apos;s pictures and videos only from public web addresses, so a plan from someone else cannot make it fetch files from this computer or your office network. Turn it on if your team serves media on the local network.</translation>
    </message>
    <message>
        <source>A post with a date but no time is &amp;posted at</source>
        <translation>A post with a date but no time is &amp;posted at</translation>
    </message>
    <message>
        <source>For a spreadsheet that gives only a date, and a draft dropped on a day of the month.</source>
        <translation>For a spreadsheet that gives only a date, and a draft dropped on a day of the month.</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, Discord, Slack and webhook accounts are published to by Almanac itself: by this window while it is open, and by almanacd in the background.</source>
        <translation>Bluesky, Mastodon, Discord, Slack and webhook accounts are published to by Almanac itself: by this window while it is open, and by almanacd in the background.</translation>
    </message>
    <message>
        <source>This store is thrown away when the window closes, so nothing publishes it while the window is closed.</source>
        <translation>This store is thrown away when the window closes, so nothing publishes it while the window is closed.</translation>
    </message>
    <message>
        <source>With none checked, a new post starts on the accounts your last saved post went to (the first one: every account that takes a post without pictures). The composer can always change it.</source>
        <translation>With none checked, a new post starts on the accounts your last saved post went to (the first one: every account that takes a post without pictures). The composer can always change it.</translation>
    </message>
</context>
<context>
    <name>Almanac::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>In the window</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>In the calendar</translation>
    </message>
    <message>
        <source>Move between days</source>
        <translation>Move between days</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Select the day&apos;s posts one by one</source>
        <translation>Select the day&apos;s posts one by one</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Open the selected post, or start one on the day</source>
        <translation>Open the selected post, or start one on the day</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete the selected posts</source>
        <translation>Delete the selected posts</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy a post while dragging it</source>
        <translation>Copy a post while dragging it</translation>
    </message>
    <message>
        <source>Ctrl, held</source>
        <translation>Ctrl, held</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>In the composer</translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation>Schedule the post</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>AM or PM in a time</source>
        <translation>AM or PM in a time</translation>
    </message>
    <message>
        <source>A or P</source>
        <translation>A or P</translation>
    </message>
    <message>
        <source>In the import preview</source>
        <translation>In the import preview</translation>
    </message>
    <message>
        <source>Fix a cell</source>
        <translation>Fix a cell</translation>
    </message>
    <message>
        <source>F2, or a double-click</source>
        <translation>F2, or a double-click</translation>
    </message>
    <message>
        <source>Include or leave out the selected rows</source>
        <translation>Include or leave out the selected rows</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Select every row shown</source>
        <translation>Select every row shown</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Undo, redo a step</source>
        <translation>Undo, redo a step</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>In the search box</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>Almanac::SyncEngine</name>
    <message>
        <source>The destination %1 has no provider account to sync through.</source>
        <translation>The destination %1 has no provider account to sync through.</translation>
    </message>
    <message>
        <source>Cannot publish: the post never reached the provider.</source>
        <translation>Cannot publish: the post never reached the provider.</translation>
    </message>
    <message>
        <source>The system reports no network connection.</source>
        <translation>The system reports no network connection.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;.</source>
        <translation>There is no provider account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A later group of the same import was refused, so the import was cancelled at %1: %2</source>
        <translation>A later group of the same import was refused, so the import was cancelled at %1: %2</translation>
    </message>
    <message>
        <source>Could not cancel the group %1 at %2: %3</source>
        <translation>Could not cancel the group %1 at %2: %3</translation>
    </message>
</context>
<context>
    <name>Almanac::ThreadEditor</name>
    <message>
        <source>Add &amp;Part</source>
        <translation>Add &amp;Part</translation>
    </message>
    <message>
        <source>Make &amp;One Post</source>
        <translation>Make &amp;One Post</translation>
    </message>
    <message>
        <source>Join the parts into one post for %1.</source>
        <translation>Join the parts into one post for %1.</translation>
    </message>
    <message>
        <source>Merge Up</source>
        <translation>Merge Up</translation>
    </message>
    <message>
        <source>Move this part&apos;s text to the end of the part above, and remove this part.</source>
        <translation>Move this part&apos;s text to the end of the part above, and remove this part.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Post %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Post %1 of %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Post %1 of the thread on %2</source>
        <translation>Post %1 of the thread on %2</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post.</source>
        <translation>Too long for %1: it accepts at most %2 characters per post.</translation>
    </message>
</context>
<context>
    <name>Almanac::Thumbnails</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>Almanac::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln post(s) scheduled</source>
        <translation>
            <numerusform>%Ln post scheduled</numerusform>
            <numerusform>%Ln posts scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause Publishing</source>
        <translation>&amp;Pause Publishing</translation>
    </message>
    <message>
        <source>&amp;Show Almanac</source>
        <translation>&amp;Show Almanac</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Almanac · publishing paused</source>
        <translation>Almanac · publishing paused</translation>
    </message>
    <message>
        <source>Almanac · publishing</source>
        <translation>Almanac · publishing</translation>
    </message>
</context>
<context>
    <name>Almanac::UnscheduledPanel</name>
    <message>
        <source>Drafts without a date appear here. Drag one onto a day to schedule it.</source>
        <translation>Drafts without a date appear here. Drag one onto a day to schedule it.</translation>
    </message>
    <message>
        <source>Drafts without a date</source>
        <translation>Drafts without a date</translation>
    </message>
</context>
<context>
    <name>Almanac::WeekView</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
</context>
<context>
    <name>BlueskyPublisher</name>
    <message>
        <source>Bluesky answered HTTP %1.</source>
        <translation>Bluesky answered HTTP %1.</translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation>No answer: %1.</translation>
    </message>
    <message>
        <source>Bluesky refused it (HTTP %1, %2): %3</source>
        <translation>Bluesky refused it (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>The account %1 has no handle to sign in with (--handle).</source>
        <translation>The account %1 has no handle to sign in with (--handle).</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2 (%3).</source>
        <translation>Signed in to %1 as @%2 (%3).</translation>
    </message>
    <message>
        <source>Bluesky takes at most %1 images in a post; this one has %2.</source>
        <translation>Bluesky takes at most %1 images in a post; this one has %2.</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky, not videos (%1).</source>
        <translation>Almanac publishes images to Bluesky, not videos (%1).</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle %1 with the account&apos;s app password: %2</source>
        <translation>Bluesky did not accept the handle %1 with the account&apos;s app password: %2</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky; %1 is %2.</source>
        <translation>Almanac publishes images to Bluesky; %1 is %2.</translation>
    </message>
    <message>
        <source>The account %1 has no usable service URL: %2</source>
        <translation>The account %1 has no usable service URL: %2</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 could not be read (%2).</source>
        <translation>It went without its link card: the page at %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>it answered %1</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 has no title or description for one.</source>
        <translation>It went without its link card: the page at %1 has no title or description for one.</translation>
    </message>
    <message>
        <source>Its link card went without a picture: the one %1 names could not be used.</source>
        <translation>Its link card went without a picture: the one %1 names could not be used.</translation>
    </message>
</context>
<context>
    <name>BundleRowValidator</name>
    <message>
        <source>is empty; every row needs the bundle.social team ID.</source>
        <translation>is empty; every row needs the bundle.social team ID.</translation>
    </message>
    <message>
        <source>is empty; every row needs an internal title.</source>
        <translation>is empty; every row needs an internal title.</translation>
    </message>
    <message>
        <source>is empty; expected DRAFT or SCHEDULED.</source>
        <translation>is empty; expected DRAFT or SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected DRAFT or SCHEDULED.</source>
        <translation>%1 is not a status; expected DRAFT or SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 filled in, but %2 is not in socialAccountTypes; those values are not used.</source>
        <translation>%1 filled in, but %2 is not in socialAccountTypes; those values are not used.</translation>
    </message>
    <message>
        <source>is empty, and so is %1: a post to %2 needs text or media.</source>
        <translation>is empty, and so is %1: a post to %2 needs text or media.</translation>
    </message>
</context>
<context>
    <name>BundleSocialProvider</name>
    <message>
        <source>bundle.social&apos;s API (seed 003) takes new posts as CSV imports; edit or delete this post in bundle.social itself.</source>
        <translation>bundle.social&apos;s API (seed 003) takes new posts as CSV imports; edit or delete this post in bundle.social itself.</translation>
    </message>
    <message>
        <source>bundle.social&apos;s answer to the upload could not be read.</source>
        <translation>bundle.social&apos;s answer to the upload could not be read.</translation>
    </message>
    <message>
        <source>bundle.social refused the import: %1</source>
        <translation>bundle.social refused the import: %1</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import status &quot;%1&quot; is not one Almanac knows.</source>
        <translation>bundle.social&apos;s import status &quot;%1&quot; is not one Almanac knows.</translation>
    </message>
    <message>
        <source>Refused by bundle.social (row %1): %2</source>
        <translation>Refused by bundle.social (row %1): %2</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import has no result for some of its rows yet.</source>
        <translation>bundle.social&apos;s import has no result for some of its rows yet.</translation>
    </message>
    <message>
        <source>bundle.social was still processing the import after %1 checks; Almanac looks again later.</source>
        <translation>bundle.social was still processing the import after %1 checks; Almanac looks again later.</translation>
    </message>
</context>
<context>
    <name>ChangeTagsCommand</name>
    <message numerus="yes">
        <source>Change the tags of %Ln post(s)</source>
        <translation>
            <numerusform>Change the tags of %Ln post</numerusform>
            <numerusform>Change the tags of %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>The post %1 is not in the store any more.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n post(s) from %1 (import %2).
</source>
        <translation>
            <numerusform>Imported %n post from %1 (import %2).
</numerusform>
            <numerusform>Imported %n posts from %1 (import %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n post(s) in %1 are valid; nothing was written (dry run).
</source>
        <translation>
            <numerusform>All %n post in %1 are valid; nothing was written (dry run).
</numerusform>
            <numerusform>All %n posts in %1 are valid; nothing was written (dry run).
</numerusform>
        </translation>
    </message>
    <message>
        <source>almanac-cli: %1
</source>
        <translation>almanac-cli: %1
</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db needs a path</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>integrations add needs --id and --platform</source>
        <translation>integrations add needs --id and --platform</translation>
    </message>
    <message>
        <source>added integration %1 (%2, provider %3)
</source>
        <translation>added integration %1 (%2, provider %3)
</translation>
    </message>
    <message>
        <source>unknown integrations action &quot;%1&quot;</source>
        <translation>unknown integrations action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import needs exactly one FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; expected an IANA name such as Europe/Berlin or UTC</source>
        <translation>&quot;%1&quot; is not a time zone; expected an IANA name such as Europe/Berlin or UTC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialect; expected auto, openpost or bundlesocial</source>
        <translation>&quot;%1&quot; is not a dialect; expected auto, openpost or bundlesocial</translation>
    </message>
    <message>
        <source>export needs exactly one FILE (or - for standard output)</source>
        <translation>export needs exactly one FILE (or - for standard output)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format; expected openpost, bundlesocial, json or ics</source>
        <translation>--format &quot;%1&quot; is not a format; expected openpost, bundlesocial, json or ics</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--from &quot;%1&quot; is not an ISO 8601 date or date-time</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--to &quot;%1&quot; is not an ISO 8601 date or date-time</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>note: %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected one of %2</source>
        <translation>&quot;%1&quot; is not a status; expected one of %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>provider needs add, set-key or list</source>
        <translation>provider needs add, set-key or list</translation>
    </message>
    <message>
        <source>provider add needs NAME, --kind and --base-url</source>
        <translation>provider add needs NAME, --kind and --base-url</translation>
    </message>
    <message>
        <source>--rate-limit &quot;%1&quot; is not a number of requests per minute</source>
        <translation>--rate-limit &quot;%1&quot; is not a number of requests per minute</translation>
    </message>
    <message>
        <source>added provider %1 (%2 at %3, %4 requests a minute)
</source>
        <translation>added provider %1 (%2 at %3, %4 requests a minute)
</translation>
    </message>
    <message>
        <source>provider set-key needs NAME (and the key on standard input)</source>
        <translation>provider set-key needs NAME (and the key on standard input)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no provider &quot;%1&quot;; add it with provider add.
</source>
        <translation>almanac-cli: there is no provider &quot;%1&quot;; add it with provider add.
</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>no key on standard input</translation>
    </message>
    <message>
        <source>stored the key of %1 in the keychain
</source>
        <translation>stored the key of %1 in the keychain
</translation>
    </message>
    <message>
        <source>unknown provider action &quot;%1&quot;</source>
        <translation>unknown provider action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>--timeout &quot;%1&quot; is not a number of seconds</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>time is up after %1 s</source>
        <translation>time is up after %1 s</translation>
    </message>
    <message>
        <source>pushed %1, %2 still queued, %3 failed
</source>
        <translation>pushed %1, %2 still queued, %3 failed
</translation>
    </message>
    <message>
        <source>failed: post %1 to %2 (%3): %4
</source>
        <translation>failed: post %1 to %2 (%3): %4
</translation>
    </message>
    <message>
        <source>almanac-cli: sync stopped early (%1); everything not pushed is still queued
</source>
        <translation>almanac-cli: sync stopped early (%1); everything not pushed is still queued
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform; expected one of %2</source>
        <translation>&quot;%1&quot; is not a platform; expected one of %2</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--since &quot;%1&quot; is not an ISO 8601 date or date-time</translation>
    </message>
    <message>
        <source>--until &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--until &quot;%1&quot; is not an ISO 8601 date or date-time</translation>
    </message>
    <message>
        <source>%1 failed destinations queued again; run sync to send them
</source>
        <translation>%1 failed destinations queued again; run sync to send them
</translation>
    </message>
    <message>
        <source>cancel-group needs exactly one GROUP_ID</source>
        <translation>cancel-group needs exactly one GROUP_ID</translation>
    </message>
    <message>
        <source>almanac-cli: the group %1 was not cancelled: %2
</source>
        <translation>almanac-cli: the group %1 was not cancelled: %2
</translation>
    </message>
    <message>
        <source>cancelled the group %1: %2 destinations
</source>
        <translation>cancelled the group %1: %2 destinations
</translation>
    </message>
    <message>
        <source>secret needs set ID (and the secret on standard input)</source>
        <translation>secret needs set ID (and the secret on standard input)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no integration &quot;%1&quot;; add it with integrations add.
</source>
        <translation>almanac-cli: there is no integration &quot;%1&quot;; add it with integrations add.
</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>no secret on standard input</translation>
    </message>
    <message>
        <source>stored the secret of %1 in the keychain
</source>
        <translation>stored the secret of %1 in the keychain
</translation>
    </message>
    <message>
        <source>backup needs the FILE to write</source>
        <translation>backup needs the FILE to write</translation>
    </message>
    <message>
        <source>backed up %1 to %2
</source>
        <translation>backed up %1 to %2
</translation>
    </message>
    <message>
        <source>restore needs the backup FILE to read</source>
        <translation>restore needs the backup FILE to read</translation>
    </message>
    <message>
        <source>almanac-cli: nothing was restored: %1
</source>
        <translation>almanac-cli: nothing was restored: %1
</translation>
    </message>
    <message>
        <source>restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4
</source>
        <translation>restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4
</translation>
    </message>
    <message>
        <source>scheduler needs run</source>
        <translation>scheduler needs run</translation>
    </message>
    <message>
        <source>--grace-minutes &quot;%1&quot; is not a number of minutes (0 or more)</source>
        <translation>--grace-minutes &quot;%1&quot; is not a number of minutes (0 or more)</translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4
</source>
        <translation>%1: post %2 to %3 %4
</translation>
    </message>
    <message>
        <source>%1: post %2 to %3: %4
</source>
        <translation>%1: post %2 to %3: %4
</translation>
    </message>
    <message>
        <source>integrations remove needs exactly one ID</source>
        <translation>integrations remove needs exactly one ID</translation>
    </message>
    <message>
        <source>almanac-cli: the secret of %1 is still in the keychain: %2
</source>
        <translation>almanac-cli: the secret of %1 is still in the keychain: %2
</translation>
    </message>
    <message>
        <source>removed integration %1
</source>
        <translation>removed integration %1
</translation>
    </message>
    <message>
        <source>note: a post uses the file %1 from this computer; import with --allow-file %1 if you trust it to be uploaded
</source>
        <translation>note: a post uses the file %1 from this computer; import with --allow-file %1 if you trust it to be uploaded
</translation>
    </message>
    <message>
        <source>a webhook&apos;s URL goes into the keychain, and none is at hand</source>
        <translation>a webhook&apos;s URL goes into the keychain, and none is at hand</translation>
    </message>
    <message>
        <source>almanac-cli: the webhook&apos;s URL was not stored, so %1 was not added: %2
</source>
        <translation>almanac-cli: the webhook&apos;s URL was not stored, so %1 was not added: %2
</translation>
    </message>
    <message>
        <source>note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md shows how the receiver checks the signature)
</source>
        <translation>note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md shows how the receiver checks the signature)
</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds (1 or more)</source>
        <translation>--timeout &quot;%1&quot; is not a number of seconds (1 or more)</translation>
    </message>
    <message>
        <source>still running: %1
</source>
        <translation>still running: %1
</translation>
    </message>
    <message numerus="yes">
        <source>almanac-cli: the round did not end within %1 s; %n destination(s) still going out are settled by the next run.
</source>
        <translation>
            <numerusform>almanac-cli: the round did not end within %1 s; %n destination still going out is settled by the next run.
</numerusform>
            <numerusform>almanac-cli: the round did not end within %1 s; %n destinations still going out are settled by the next run.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--date-order &quot;%1&quot; is not a date order; expected dmy (31/12/2027), mdy (12/31/2027) or ymd (2027/12/31)</source>
        <translation>--date-order &quot;%1&quot; is not a date order; expected dmy (31/12/2027), mdy (12/31/2027) or ymd (2027/12/31)</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not HEADER=FIELD, such as --map &quot;Post copy=content&quot;</source>
        <translation>--map &quot;%1&quot; is not HEADER=FIELD, such as --map &quot;Post copy=content&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation>--map &quot;%1&quot;: the file has no column &quot;%2&quot;; its columns are %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field; expected ignore or one of %3</source>
        <translation>--map &quot;%1&quot;: &quot;%2&quot; is not a field; expected ignore or one of %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field of the %3 format, which this file is read in; expected ignore or one of %4</source>
        <translation>--map &quot;%1&quot;: &quot;%2&quot; is not a field of the %3 format, which this file is read in; expected ignore or one of %4</translation>
    </message>
    <message>
        <source>integrations needs add, list, remove or test</source>
        <translation>integrations needs add, list, remove or test</translation>
    </message>
    <message>
        <source>integrations test needs exactly one ID</source>
        <translation>integrations test needs exactly one ID</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>there is no integration %1</translation>
    </message>
    <message>
        <source>%1 is published by a hosted scheduler; sync shows whether it takes posts</source>
        <translation>%1 is published by a hosted scheduler; sync shows whether it takes posts</translation>
    </message>
    <message>
        <source>no keychain is at hand for the account&apos;s secret</source>
        <translation>no keychain is at hand for the account&apos;s secret</translation>
    </message>
    <message numerus="yes">
        <source>--map &quot;%1&quot;: %n columns are named &quot;%2&quot; (columns %3); name one by its number, such as --map &quot;%4=%5&quot;</source>
        <translation>
            <numerusform>--map &quot;%1&quot;: %n column is named &quot;%2&quot; (columns %3); name one by its number, such as --map &quot;%4=%5&quot;</numerusform>
            <numerusform>--map &quot;%1&quot;: %n columns are named &quot;%2&quot; (columns %3); name one by its number, such as --map &quot;%4=%5&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4 (%5)
</source>
        <translation>%1: post %2 to %3 %4 (%5)
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.
</source>
        <translation>
            <numerusform>Exported %n post to %1.
</numerusform>
            <numerusform>Exported %n posts to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.
</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1.
</numerusform>
            <numerusform>Nothing was imported: %n problems in %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 is a folder, not a CSV file.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Could not open %1: %2.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row such as content,integrations,schedule_at.</source>
        <translation>The file is empty; expected a header row such as content,integrations,schedule_at.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>Could not start writing to the store %1.</source>
        <translation>Could not start writing to the store %1.</translation>
    </message>
    <message>
        <source>The file has %1 columns now, but %2 were mapped; it changed since it was opened.</source>
        <translation>The file has %1 columns now, but %2 were mapped; it changed since it was opened.</translation>
    </message>
    <message>
        <source>The file is too large to check every row for duplicates; rows after the first %1 destinations were not compared.</source>
        <translation>The file is too large to check every row for duplicates; rows after the first %1 destinations were not compared.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, byte %2: %3</source>
        <translation>Line %1, byte %2: %3</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than 16 MiB; a closing quote (&quot;) is probably missing</source>
        <translation>a quoted field runs on for more than 16 MiB; a closing quote (&quot;) is probably missing</translation>
    </message>
    <message>
        <source>a single record is larger than 16 MiB; is this a CSV file?</source>
        <translation>a single record is larger than 16 MiB; is this a CSV file?</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>the file could not be read: %1</translation>
    </message>
    <message>
        <source>NUL byte found; this is a binary file, not a CSV text file</source>
        <translation>NUL byte found; this is a binary file, not a CSV text file</translation>
    </message>
    <message>
        <source>byte %1 is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>byte %1 is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</translation>
    </message>
    <message>
        <source>the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>the file is UTF-16 encoded; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote (&quot;)</source>
        <translation>the quoted field that starts here has no closing quote (&quot;)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;), and the field must end with the delimiter or the line</source>
        <translation>unexpected text after the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;), and the field must end with the delimiter or the line</translation>
    </message>
    <message>
        <source>a record has more than %1 fields; Almanac reads at most %1 columns</source>
        <translation>a record has more than %1 fields; Almanac reads at most %1 columns</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;</source>
        <translation>Could not run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store.</source>
        <translation>Could not create the folder %1 for the store.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the store %1</source>
        <translation>Could not open the store %1</translation>
    </message>
    <message>
        <source>%1 is not an Almanac store (not an SQLite database): %2</source>
        <translation>%1 is not an Almanac store (not an SQLite database): %2</translation>
    </message>
    <message>
        <source>The store %1 has schema version %2, newer than this Almanac understands (%3). Update Almanac to open it.</source>
        <translation>The store %1 has schema version %2, newer than this Almanac understands (%3). Update Almanac to open it.</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Migration to schema version %1 failed: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Could not save the change</translation>
    </message>
    <message>
        <source>No savepoint is open.</source>
        <translation>No savepoint is open.</translation>
    </message>
    <message>
        <source>Could not start bringing the store %1 up to date: another program keeps it busy.</source>
        <translation>Could not start bringing the store %1 up to date: another program keeps it busy.</translation>
    </message>
</context>
<context>
    <name>DateTimeResolver</name>
    <message>
        <source>a date and time such as %1, %2, %3 or %4 (day first), or %5 (month first)</source>
        <translation>a date and time such as %1, %2, %3 or %4 (day first), or %5 (month first)</translation>
    </message>
</context>
<context>
    <name>DeletePostsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln post(s)</source>
        <translation>
            <numerusform>Delete %Ln post</numerusform>
            <numerusform>Delete %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>The post %1 is not in the store any more.</translation>
    </message>
</context>
<context>
    <name>DeliveryModel</name>
    <message>
        <source>Unconfirmed: it was sent to %1 %2 minutes ago without an answer, and %1 no longer recognises a repeat after that long. Check the account: if the post is there, mark it published; if not, send it again.</source>
        <translation>Unconfirmed: it was sent to %1 %2 minutes ago without an answer, and %1 no longer recognises a repeat after that long. Check the account: if the post is there, mark it published; if not, send it again.</translation>
    </message>
    <message>
        <source>Unconfirmed: it was sent to %1 without an answer, and %1 cannot tell a repeat from a new post. Check the channel: if the post is there, mark it published; if not, send it again.</source>
        <translation>Unconfirmed: it was sent to %1 without an answer, and %1 cannot tell a repeat from a new post. Check the channel: if the post is there, mark it published; if not, send it again.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today.</source>
        <translation>New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today.</translation>
    </message>
    <message>
        <source>Brewing tip: grind a little finer when your pour-over drains in under three minutes.</source>
        <translation>Brewing tip: grind a little finer when your pour-over drains in under three minutes.</translation>
    </message>
    <message>
        <source>We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!</source>
        <translation>We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!</translation>
    </message>
    <message>
        <source>Behind the scenes: roasting day at the warehouse #roasting</source>
        <translation>Behind the scenes: roasting day at the warehouse #roasting</translation>
    </message>
    <message>
        <source>Our barista team is hiring. Part time, weekends, great coffee guaranteed.</source>
        <translation>Our barista team is hiring. Part time, weekends, great coffee guaranteed.</translation>
    </message>
    <message>
        <source>Customer question of the week: does dark roast have more caffeine? Short answer: no.</source>
        <translation>Customer question of the week: does dark roast have more caffeine? Short answer: no.</translation>
    </message>
    <message>
        <source>Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings.</source>
        <translation>Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings.</translation>
    </message>
    <message>
        <source>Thank you for 10,000 followers! A free bag goes to three of you this Friday.</source>
        <translation>Thank you for 10,000 followers! A free bag goes to three of you this Friday.</translation>
    </message>
    <message>
        <source>Workshop: latte art for beginners, Thursday 6 pm. Eight seats left.</source>
        <translation>Workshop: latte art for beginners, Thursday 6 pm. Eight seats left.</translation>
    </message>
    <message>
        <source>How we pick our farms: direct trade, visits every harvest, prices above fair trade.</source>
        <translation>How we pick our farms: direct trade, visits every harvest, prices above fair trade.</translation>
    </message>
    <message>
        <source>The account&apos;s token has expired; reconnect it.</source>
        <translation>The account&apos;s token has expired; reconnect it.</translation>
    </message>
    <message>
        <source>Idea: a photo series on the people who grow our beans, one farm a week.</source>
        <translation>Idea: a photo series on the people who grow our beans, one farm a week.</translation>
    </message>
    <message>
        <source>Idea: poll which single origin should come back next month.</source>
        <translation>Idea: poll which single origin should come back next month.</translation>
    </message>
    <message>
        <source>Idea: a 60-second video on dialling in espresso at home.</source>
        <translation>Idea: a 60-second video on dialling in espresso at home.</translation>
    </message>
    <message>
        <source>OpenPost could not post it: the account&apos;s sign-in has expired there; reconnect it at OpenPost.</source>
        <translation>OpenPost could not post it: the account&apos;s sign-in has expired there; reconnect it at OpenPost.</translation>
    </message>
    <message>
        <source>Could not set up the demo</source>
        <translation>Could not set up the demo</translation>
    </message>
</context>
<context>
    <name>DialectDetector</name>
    <message numerus="yes">
        <source>The %1 header is missing the required column(s) %2. Found: %3.</source>
        <translation>
            <numerusform>The %1 header is missing the required column %2. Found: %3.</numerusform>
            <numerusform>The %1 header is missing the required columns %2. Found: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header row (%1) is not one Almanac knows. Expected the OpenPost columns content, integrations, schedule_at (optional: media, post_type, tags) or the bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.</source>
        <translation>The header row (%1) is not one Almanac knows. Expected the OpenPost columns content, integrations, schedule_at (optional: media, post_type, tags) or the bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.</translation>
    </message>
    <message>
        <source>Column %1 has no name; its values are kept in the import history but not used.</source>
        <translation>Column %1 has no name; its values are kept in the import history but not used.</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is not one of the %3 columns; its values are kept in the import history but not used.</source>
        <translation>Column %1 &quot;%2&quot; is not one of the %3 columns; its values are kept in the import history but not used.</translation>
    </message>
    <message>
        <source>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; mean the same field; keep only one of them.</source>
        <translation>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; mean the same field; keep only one of them.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Text of the post</translation>
    </message>
    <message>
        <source>Accounts (IDs or platforms)</source>
        <translation>Accounts (IDs or platforms)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Scheduled time</translation>
    </message>
    <message>
        <source>Media links</source>
        <translation>Media links</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Post type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Text per platform</source>
        <translation>Text per platform</translation>
    </message>
    <message>
        <source>Settings per platform</source>
        <translation>Settings per platform</translation>
    </message>
    <message>
        <source>bundle.social team</source>
        <translation>bundle.social team</translation>
    </message>
    <message>
        <source>Internal title</source>
        <translation>Internal title</translation>
    </message>
    <message>
        <source>Status (draft or scheduled)</source>
        <translation>Status (draft or scheduled)</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Text for %1</translation>
    </message>
    <message>
        <source>Media links for %1</source>
        <translation>Media links for %1</translation>
    </message>
    <message>
        <source>%1 setting: %2</source>
        <translation>%1 setting: %2</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>Scheduled date</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; holds a time of day, but no column is the date it belongs to; name a column date (or map one to Scheduled date).</source>
        <translation>Column %1 &quot;%2&quot; holds a time of day, but no column is the date it belongs to; name a column date (or map one to Scheduled date).</translation>
    </message>
</context>
<context>
    <name>DuplicatePostsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln post(s)</source>
        <translation>
            <numerusform>Duplicate %Ln post</numerusform>
            <numerusform>Duplicate %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>The post %1 is not in the store any more.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The address is not a full web address; expected one like https://example.com.</source>
        <translation>The address is not a full web address; expected one like https://example.com.</translation>
    </message>
    <message>
        <source>The address of %1 carries a user name or password; enter it without them.</source>
        <translation>The address of %1 carries a user name or password; enter it without them.</translation>
    </message>
    <message>
        <source>The address of %1 uses plain http, which would send your key or password unencrypted; use https://%1.</source>
        <translation>The address of %1 uses plain http, which would send your key or password unencrypted; use https://%1.</translation>
    </message>
    <message>
        <source>Note: %1 is on this computer and is reached without encryption (http).</source>
        <translation>Note: %1 is on this computer and is reached without encryption (http).</translation>
    </message>
    <message>
        <source>The server handed back an address that is not a full https:// address.</source>
        <translation>The server handed back an address that is not a full https:// address.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that carries a user name or password; Almanac does not follow it.</source>
        <translation>The server handed back an address for %1 that carries a user name or password; Almanac does not follow it.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that is not https; Almanac does not follow it.</source>
        <translation>The server handed back an address for %1 that is not https; Almanac does not follow it.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row %1, %2: %3
</source>
        <translation>row %1, %2: %3
</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2; %3 invalid rows skipped and recorded</source>
        <translation>imported %1 posts as import #%2; %3 invalid rows skipped and recorded</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2</source>
        <translation>imported %1 posts as import #%2</translation>
    </message>
    <message>
        <source>every row is valid; nothing written (dry run)</source>
        <translation>every row is valid; nothing written (dry run)</translation>
    </message>
    <message>
        <source>nothing written (dry run)</source>
        <translation>nothing written (dry run)</translation>
    </message>
    <message>
        <source>nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones</source>
        <translation>nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones</translation>
    </message>
    <message>
        <source>file refused; nothing written</source>
        <translation>file refused; nothing written</translation>
    </message>
    <message>
        <source>the store refused the import; nothing written</source>
        <translation>the store refused the import; nothing written</translation>
    </message>
    <message>
        <source>cancelled; nothing written</source>
        <translation>cancelled; nothing written</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 invalid; %5
</source>
        <translation>%1: %2 rows, %3 valid, %4 invalid; %5
</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Could not read the import&apos;s posts</source>
        <translation>Could not read the import&apos;s posts</translation>
    </message>
    <message>
        <source>Could not mark the import as undone</source>
        <translation>Could not mark the import as undone</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Could not record the import</source>
        <translation>Could not record the import</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Could not read the store</translation>
    </message>
    <message>
        <source>Could not prepare the import: the store is not an SQLite database.</source>
        <translation>Could not prepare the import: the store is not an SQLite database.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s indexes</source>
        <translation>Could not read the store&apos;s indexes</translation>
    </message>
    <message>
        <source>Could not set the store&apos;s indexes aside for the import</source>
        <translation>Could not set the store&apos;s indexes aside for the import</translation>
    </message>
    <message>
        <source>Row %1: could not record it in the import history: %2</source>
        <translation>Row %1: could not record it in the import history: %2</translation>
    </message>
    <message>
        <source>Could not finish recording the import</source>
        <translation>Could not finish recording the import</translation>
    </message>
    <message>
        <source>Could not rebuild the store&apos;s indexes after the import</source>
        <translation>Could not rebuild the store&apos;s indexes after the import</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.</source>
        <translation>&quot;%1&quot; is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform Almanac knows; expected one of %2.</source>
        <translation>&quot;%1&quot; is not a platform Almanac knows; expected one of %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; expected one of %2.</source>
        <translation>&quot;%1&quot; is not a provider; expected one of %2.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;; add it first with provider add.</source>
        <translation>There is no provider account &quot;%1&quot;; add it first with provider add.</translation>
    </message>
    <message>
        <source>An integration with the ID &quot;%1&quot; already exists.</source>
        <translation>An integration with the ID &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Could not save the integration %1</source>
        <translation>Could not save the integration %1</translation>
    </message>
    <message>
        <source>There is no integration with the ID &quot;%1&quot;.</source>
        <translation>There is no integration with the ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; belonged to a removed %2 account; choose another ID.</source>
        <translation>The ID &quot;%1&quot; belonged to a removed %2 account; choose another ID.</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Could not read the store</translation>
    </message>
    <message>
        <source>Could not remove the integration %1</source>
        <translation>Could not remove the integration %1</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is too like the account &quot;%2&quot;: both would read their secret from ALMANAC_SECRET_%3. Choose an ID that differs in more than punctuation or letter case.</source>
        <translation>The ID &quot;%1&quot; is too like the account &quot;%2&quot;: both would read their secret from ALMANAC_SECRET_%3. Choose an ID that differs in more than punctuation or letter case.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) still go to %1: give them another account or delete them first (the calendar&apos;s account filter shows them).</source>
        <translation>
            <numerusform>%n post still goes to %1: give it another account or delete it first (the calendar&apos;s account filter shows it).</numerusform>
            <numerusform>%n posts still go to %1: give them another account or delete them first (the calendar&apos;s account filter shows them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Could not open %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 is not valid JSON: %2 at byte %3.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a list of posts; expected an Almanac export ({&quot;posts&quot;: [...]}) or an array of posts.</source>
        <translation>%1 is JSON, but not a list of posts; expected an Almanac export ({&quot;posts&quot;: [...]}) or an array of posts.</translation>
    </message>
    <message>
        <source>%1 holds no posts.</source>
        <translation>%1 holds no posts.</translation>
    </message>
    <message>
        <source>Could not start writing to the store.</source>
        <translation>Could not start writing to the store.</translation>
    </message>
    <message>
        <source>scheduled_at: &quot;%1&quot; is not a time with a zone; expected ISO 8601 such as 2026-05-01T09:00:00Z.</source>
        <translation>scheduled_at: &quot;%1&quot; is not a time with a zone; expected ISO 8601 such as 2026-05-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>scheduled_at: expected a time such as &quot;2026-05-01T09:00:00Z&quot;, or null for an undated draft.</source>
        <translation>scheduled_at: expected a time such as &quot;2026-05-01T09:00:00Z&quot;, or null for an undated draft.</translation>
    </message>
    <message>
        <source>post %1 (&quot;%2&quot;): %3</source>
        <translation>post %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2; Almanac reads JSON exports up to that size. Export fewer posts (a range of days) and import each part.</source>
        <translation>%1 is larger than %2; Almanac reads JSON exports up to that size. Export fewer posts (a range of days) and import each part.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>the keychain holds none.</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1).</source>
        <translation>the keychain could not be read (%1).</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>The keychain did not store the secret: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the secret: %1</source>
        <translation>The keychain did not remove the secret: %1</translation>
    </message>
</context>
<context>
    <name>MastodonPublisher</name>
    <message>
        <source>Mastodon answered HTTP %1.</source>
        <translation>Mastodon answered HTTP %1.</translation>
    </message>
    <message>
        <source>Mastodon refused it (HTTP %1): %2</source>
        <translation>Mastodon refused it (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The account %1 has no instance URL (--service-url).</source>
        <translation>The account %1 has no instance URL (--service-url).</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Enter the instance&apos;s URL, like https://mastodon.social.</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2.</source>
        <translation>Signed in to %1 as @%2.</translation>
    </message>
    <message>
        <source>Mastodon was still processing the media after 10 minutes.</source>
        <translation>Mastodon was still processing the media after 10 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>This instance takes up to %n characters per post.</source>
        <translation>
            <numerusform>This instance takes up to %n character per post.</numerusform>
            <numerusform>This instance takes up to %n characters per post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLoader</name>
    <message>
        <source>The media %1 is %2; the platform takes at most %3.</source>
        <translation>The media %1 is %2; the platform takes at most %3.</translation>
    </message>
    <message>
        <source>The media %1 is neither a file nor an http(s) link.</source>
        <translation>The media %1 is neither a file nor an http(s) link.</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched (HTTP %2).</source>
        <translation>The media %1 could not be fetched (HTTP %2).</translation>
    </message>
    <message>
        <source>The media cannot be used: %1.</source>
        <translation>The media cannot be used: %1.</translation>
    </message>
    <message>
        <source>The media %1 is larger than the platform takes (at most %2).</source>
        <translation>The media %1 is larger than the platform takes (at most %2).</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched: %2</source>
        <translation>The media %1 could not be fetched: %2</translation>
    </message>
</context>
<context>
    <name>MediaPolicy</name>
    <message>
        <source>a public address</source>
        <translation>a public address</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>a private network address</source>
        <translation>a private network address</translation>
    </message>
    <message>
        <source>a link-local network address</source>
        <translation>a link-local network address</translation>
    </message>
    <message>
        <source>a cloud&apos;s metadata service</source>
        <translation>a cloud&apos;s metadata service</translation>
    </message>
    <message>
        <source>an unspecified address</source>
        <translation>an unspecified address</translation>
    </message>
    <message>
        <source>a reserved or multicast address</source>
        <translation>a reserved or multicast address</translation>
    </message>
    <message>
        <source>the link names no host</source>
        <translation>the link names no host</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac fetches media only from public hosts (Settings → Publishing → &quot;Allow media from my local network&quot; lifts this)</source>
        <translation>%1 is %2; Almanac fetches media only from public hosts (Settings → Publishing → &quot;Allow media from my local network&quot; lifts this)</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac never fetches media from there</source>
        <translation>%1 is %2; Almanac never fetches media from there</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>the file %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is a system file (%2), not a picture or video</source>
        <translation>%1 is a system file (%2), not a picture or video</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device, pipe or socket)</source>
        <translation>%1 is not a regular file (a folder, device, pipe or socket)</translation>
    </message>
    <message>
        <source>%1 is a file on this computer; a plan from someone else may name only https links (add the file in the composer instead)</source>
        <translation>%1 is a file on this computer; a plan from someone else may name only https links (add the file in the composer instead)</translation>
    </message>
    <message>
        <source>%1 is not a media link; expected an https:// link</source>
        <translation>%1 is not a media link; expected an https:// link</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://</source>
        <translation>%1 is not encrypted; a media link in an imported file must start with https://</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link</source>
        <translation>%1 carries a user name or password; expected a plain https:// link</translation>
    </message>
    <message>
        <source>%1 names a file by a relative path; a plan may name only whole paths, which the user confirms</source>
        <translation>%1 names a file by a relative path; a plan may name only whole paths, which the user confirms</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 cannot be read</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>the keychain holds none.</translation>
    </message>
</context>
<context>
    <name>MovePostsCommand</name>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>Move %Ln post</numerusform>
            <numerusform>Move %Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenPostProvider</name>
    <message>
        <source>OpenPost refused the edit: %1 (only drafts and scheduled posts can be edited).</source>
        <translation>OpenPost refused the edit: %1 (only drafts and scheduled posts can be edited).</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer to the media upload could not be read.</source>
        <translation>OpenPost&apos;s answer to the media upload could not be read.</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer could not be read (%1 posts for %2 sent).</source>
        <translation>OpenPost&apos;s answer could not be read (%1 posts for %2 sent).</translation>
    </message>
    <message>
        <source>OpenPost handed back an upload address that is not a full https:// address.</source>
        <translation>OpenPost handed back an upload address that is not a full https:// address.</translation>
    </message>
</context>
<context>
    <name>OpenPostRowValidator</name>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>is empty; every post needs text.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected draft or scheduled (or nothing: scheduled when there is a time).</source>
        <translation>%1 is not a status; expected draft or scheduled (or nothing: scheduled when there is a time).</translation>
    </message>
    <message>
        <source>is scheduled, but %1 is empty; a scheduled post needs a time.</source>
        <translation>is scheduled, but %1 is empty; a scheduled post needs a time.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 is not a post type; expected one of %2.</translation>
    </message>
    <message>
        <source>the value for %1 is not text; expected {&quot;%1&quot;: &quot;the text&quot;}.</source>
        <translation>the value for %1 is not text; expected {&quot;%1&quot;: &quot;the text&quot;}.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; expected one keyed by platform, e.g. {&quot;x&quot;: ...}.</source>
        <translation>%1 is not a JSON object; expected one keyed by platform, e.g. {&quot;x&quot;: ...}.</translation>
    </message>
    <message>
        <source>%1 is not a platform; expected platform ids such as x, bluesky, linkedin.</source>
        <translation>%1 is not a platform; expected platform ids such as x, bluesky, linkedin.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Could not record the request</source>
        <translation>Could not record the request</translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation>Could not record the sync</translation>
    </message>
    <message>
        <source>Could not record the remote post</source>
        <translation>Could not record the remote post</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>Could not record the failure</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>Could not record the retry</translation>
    </message>
    <message>
        <source>Could not find the failed posts</source>
        <translation>Could not find the failed posts</translation>
    </message>
    <message>
        <source>Could not queue the failed posts again</source>
        <translation>Could not queue the failed posts again</translation>
    </message>
    <message>
        <source>Could not record the cancelled group</source>
        <translation>Could not record the cancelled group</translation>
    </message>
    <message>
        <source>Could not record what the provider said</source>
        <translation>Could not record what the provider said</translation>
    </message>
    <message>
        <source>Could not record the cancelled import</source>
        <translation>Could not record the cancelled import</translation>
    </message>
    <message>
        <source>Another Almanac took some of these posts first.</source>
        <translation>Another Almanac took some of these posts first.</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Could not redo “%1”: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Could not undo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PostEverywhereProvider</name>
    <message>
        <source>Refused by PostEverywhere (%1): %2</source>
        <translation>Refused by PostEverywhere (%1): %2</translation>
    </message>
    <message>
        <source>PostEverywhere&apos;s answer could not be read.</source>
        <translation>PostEverywhere&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>PostEverywhere has no publish-now call; schedule the post for now instead.</source>
        <translation>PostEverywhere has no publish-now call; schedule the post for now instead.</translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Could not write %1: %2.</translation>
    </message>
    <message>
        <source>A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social&apos;s team settings.</source>
        <translation>A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social&apos;s team settings.</translation>
    </message>
    <message>
        <source>Almanac posts</source>
        <translation>Almanac posts</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>The export was stopped; no file was written.</translation>
    </message>
    <message>
        <source>Could not write the export: %1.</source>
        <translation>Could not write the export: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the OpenPost dialect has no column for (JSON keeps it).</source>
        <translation>
            <numerusform>%n post has alt text, which the OpenPost dialect has no column for (JSON keeps it).</numerusform>
            <numerusform>%n posts have alt text, which the OpenPost dialect has no column for (JSON keeps it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</source>
        <translation>
            <numerusform>%n post has media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</numerusform>
            <numerusform>%n posts have media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a media address with a space or # in it, which the media column cannot hold apart from the next address.</source>
        <translation>
            <numerusform>%n post has a media address with a space or # in it, which the media column cannot hold apart from the next address.</numerusform>
            <numerusform>%n posts have a media address with a space or # in it, which the media column cannot hold apart from the next address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as scheduled, and importing it again asks for times in the future.</source>
        <translation>
            <numerusform>%n post is published, failed or cancelled; the file has it as scheduled, and importing it again asks for a time in the future.</numerusform>
            <numerusform>%n posts are published, failed or cancelled; the file has them as scheduled, and importing it again asks for times in the future.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date, and bundle.social needs a postDate: their rows are written with it empty, to fill in before an import.</source>
        <translation>
            <numerusform>%n draft has no date, and bundle.social needs a postDate: its row is written with it empty, to fill in before an import.</numerusform>
            <numerusform>%n drafts have no date, and bundle.social needs a postDate: their rows are written with it empty, to fill in before an import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have no internal title, which bundle.social requires: their first words are used.</source>
        <translation>
            <numerusform>%n post has no internal title, which bundle.social requires: its first words are used.</numerusform>
            <numerusform>%n posts have no internal title, which bundle.social requires: their first words are used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have tags, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n post has tags, which the bundle.social dialect has no column for.</numerusform>
            <numerusform>%n posts have tags, which the bundle.social dialect has no column for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</source>
        <translation>
            <numerusform>%n post has a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</numerusform>
            <numerusform>%n posts have a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n post has alt text, which the bundle.social dialect has no column for.</numerusform>
            <numerusform>%n posts have alt text, which the bundle.social dialect has no column for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for every platform; the bundle.social dialect lists them under each platform.</source>
        <translation>
            <numerusform>%n post has media for every platform; the bundle.social dialect lists them under each platform.</numerusform>
            <numerusform>%n posts have media for every platform; the bundle.social dialect lists them under each platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have platform settings bundle.social has no column for.</source>
        <translation>
            <numerusform>%n post has platform settings bundle.social has no column for.</numerusform>
            <numerusform>%n posts have platform settings bundle.social has no column for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) go to a platform bundle.social does not know; it is named by the account&apos;s ID.</source>
        <translation>
            <numerusform>%n post goes to a platform bundle.social does not know; it is named by the account&apos;s ID.</numerusform>
            <numerusform>%n posts go to a platform bundle.social does not know; it is named by the account&apos;s ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as SCHEDULED.</source>
        <translation>
            <numerusform>%n post is published, failed or cancelled; the file has it as SCHEDULED.</numerusform>
            <numerusform>%n posts are published, failed or cancelled; the file has them as SCHEDULED.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date and are left out of the calendar.</source>
        <translation>
            <numerusform>%n draft has no date and is left out of the calendar.</numerusform>
            <numerusform>%n drafts have no date and are left out of the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Could not save the post</source>
        <translation>Could not save the post</translation>
    </message>
    <message>
        <source>Could not save the destination %1 of the post</source>
        <translation>Could not save the destination %1 of the post</translation>
    </message>
    <message>
        <source>Could not queue the post for sync</source>
        <translation>Could not queue the post for sync</translation>
    </message>
    <message>
        <source>The post %1 is not in the store (deleted elsewhere?).</source>
        <translation>The post %1 is not in the store (deleted elsewhere?).</translation>
    </message>
    <message>
        <source>Could not save the post&apos;s destinations</source>
        <translation>Could not save the post&apos;s destinations</translation>
    </message>
    <message>
        <source>Could not delete the post %1</source>
        <translation>Could not delete the post %1</translation>
    </message>
    <message>
        <source>Could not move the post</source>
        <translation>Could not move the post</translation>
    </message>
    <message>
        <source>Could not change the post&apos;s tags</source>
        <translation>Could not change the post&apos;s tags</translation>
    </message>
    <message>
        <source>Could not record the post&apos;s status</source>
        <translation>Could not record the post&apos;s status</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>The account %1 is not in the store.</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <source> as X counts them (each link 23, CJK characters and emoji 2)</source>
        <translation> as X counts them (each link 23, CJK characters and emoji 2)</translation>
    </message>
    <message>
        <source> (each link counts 23)</source>
        <translation> (each link counts 23)</translation>
    </message>
    <message>
        <source>%1 is in the past; expected a time after now (%2).</source>
        <translation>%1 is in the past; expected a time after now (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead; expected a time no later than %3.</source>
        <translation>%1 is more than %2 days ahead; expected a time no later than %3.</translation>
    </message>
    <message>
        <source>part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.</source>
        <translation>part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.</translation>
    </message>
    <message>
        <source>is %1 characters long for %2%3; %2 accepts at most %4.</source>
        <translation>is %1 characters long for %2%3; %2 accepts at most %4.</translation>
    </message>
    <message>
        <source>post type &quot;%1&quot; is not accepted by %2; %2 accepts %3.</source>
        <translation>post type &quot;%1&quot; is not accepted by %2; %2 accepts %3.</translation>
    </message>
    <message>
        <source>has %1 media URLs; %2 accepts at most %3.</source>
        <translation>has %1 media URLs; %2 accepts at most %3.</translation>
    </message>
    <message>
        <source>is empty, but %1 needs at least one image or video URL.</source>
        <translation>is empty, but %1 needs at least one image or video URL.</translation>
    </message>
    <message>
        <source>TRUE or FALSE</source>
        <translation>TRUE or FALSE</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number such as 0.5</source>
        <translation>a number such as 0.5</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>an http:// or https:// URL</translation>
    </message>
    <message>
        <source>a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z</source>
        <translation>a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z</translation>
    </message>
    <message>
        <source>%1 is not accepted; expected %2.</source>
        <translation>%1 is not accepted; expected %2.</translation>
    </message>
    <message>
        <source>%1 is not a setting of %2; it is kept but not used.</source>
        <translation>%1 is not a setting of %2; it is kept but not used.</translation>
    </message>
    <message>
        <source>%1 is not a connected account.</source>
        <translation>%1 is not a connected account.</translation>
    </message>
    <message>
        <source>no account is chosen; choose at least one to post to.</source>
        <translation>no account is chosen; choose at least one to post to.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 is not a post type; expected one of %2.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an http:// or https:// URL or a file.</source>
        <translation>%1 is not a media URL; expected an http:// or https:// URL or a file.</translation>
    </message>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>is empty; every post needs text.</translation>
    </message>
    <message>
        <source>is %1 characters and %2 bytes long; %3 accepts at most %4 characters and %5 bytes (UTF-8) per post.</source>
        <translation>is %1 characters and %2 bytes long; %3 accepts at most %4 characters and %5 bytes (UTF-8) per post.</translation>
    </message>
    <message>
        <source>part %1 of the thread %2</source>
        <translation>part %1 of the thread %2</translation>
    </message>
    <message>
        <source>Shorten that part, or split it in two.</source>
        <translation>Shorten that part, or split it in two.</translation>
    </message>
    <message>
        <source>Shorten it, or split it into a thread.</source>
        <translation>Shorten it, or split it into a thread.</translation>
    </message>
    <message>
        <source>Shorten it, or give %1 a shorter text of its own.</source>
        <translation>Shorten it, or give %1 a shorter text of its own.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PostWriter</name>
    <message>
        <source>Could not prepare to save posts: the store is not an SQLite database.</source>
        <translation>Could not prepare to save posts: the store is not an SQLite database.</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>The account %1 is not in the store.</translation>
    </message>
    <message>
        <source>Could not save the post: %1</source>
        <translation>Could not save the post: %1</translation>
    </message>
    <message>
        <source>The post&apos;s destinations were not resolved.</source>
        <translation>The post&apos;s destinations were not resolved.</translation>
    </message>
    <message>
        <source>Could not save the destination %1: %2</source>
        <translation>Could not save the destination %1: %2</translation>
    </message>
    <message>
        <source>Could not queue the post for sync: %1</source>
        <translation>Could not queue the post for sync: %1</translation>
    </message>
</context>
<context>
    <name>ProviderChannel</name>
    <message>
        <source>Syncing to %1 (%2) is not available yet.</source>
        <translation>Syncing to %1 (%2) is not available yet.</translation>
    </message>
    <message>
        <source>The path %1 leaves %2; Almanac does not send the key there.</source>
        <translation>The path %1 leaves %2; Almanac does not send the key there.</translation>
    </message>
</context>
<context>
    <name>ProviderOperations</name>
    <message>
        <source>No post here was created in the group %1.</source>
        <translation>No post here was created in the group %1.</translation>
    </message>
    <message>
        <source>%1 (%2) has no groups to cancel.</source>
        <translation>%1 (%2) has no groups to cancel.</translation>
    </message>
    <message>
        <source>%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, --since, --until or --post.</source>
        <translation>%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, --since, --until or --post.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 destinations queued for retry there.</source>
        <translation>%1: %2 destinations queued for retry there.</translation>
    </message>
    <message>
        <source>%1: the retry was refused: %2</source>
        <translation>%1: the retry was refused: %2</translation>
    </message>
    <message>
        <source>The store is not open, so the group %1 was not cancelled.</source>
        <translation>The store is not open, so the group %1 was not cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed at %1, which has no way to be asked to publish again: open the post and choose Duplicate to send a copy.</source>
        <translation>
            <numerusform>%Ln destination failed at %1, which has no way to be asked to publish again: open the post and choose Duplicate to send a copy.</numerusform>
            <numerusform>%Ln destinations failed at %1, which has no way to be asked to publish again: open the post and choose Duplicate to send a copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable provider name; use 1 to 64 letters, digits, _ or -.</source>
        <translation>&quot;%1&quot; is not a usable provider name; use 1 to 64 letters, digits, _ or -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider kind; expected one of %2.</source>
        <translation>&quot;%1&quot; is not a provider kind; expected one of %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base URL; expected one such as https://api.openpost.so.</source>
        <translation>&quot;%1&quot; is not a base URL; expected one such as https://api.openpost.so.</translation>
    </message>
    <message>
        <source>%1 is not a usable rate limit; expected requests per minute from 1 to 100000.</source>
        <translation>%1 is not a usable rate limit; expected requests per minute from 1 to 100000.</translation>
    </message>
    <message>
        <source>A bundle.social provider needs its team: add --team-id TEAM.</source>
        <translation>A bundle.social provider needs its team: add --team-id TEAM.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation>A provider named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Could not save the provider %1</source>
        <translation>Could not save the provider %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too like the provider &quot;%2&quot;: both would read their key from ALMANAC_API_KEY_%3. Choose a name that differs in more than punctuation or letter case.</source>
        <translation>The name &quot;%1&quot; is too like the provider &quot;%2&quot;: both would read their key from ALMANAC_API_KEY_%3. Choose a name that differs in more than punctuation or letter case.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>RowReport</name>
    <message>
        <source>There is no import %1 in the store.</source>
        <translation>There is no import %1 in the store.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Could not write the report: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>The row has %1 values but the header has %2 columns; the extra value %3 has no column. Quote values that contain the delimiter.</source>
        <translation>The row has %1 values but the header has %2 columns; the extra value %3 has no column. Quote values that contain the delimiter.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>connected: %1</translation>
    </message>
    <message>
        <source>%1 is the platform %2, but no %2 account is connected (%3).</source>
        <translation>%1 is the platform %2, but no %2 account is connected (%3).</translation>
    </message>
    <message>
        <source>%1 is not a platform bundle.social knows; accepted: %2.</source>
        <translation>%1 is not a platform bundle.social knows; accepted: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a connected integration ID nor a platform name; %2.</source>
        <translation>%1 is neither a connected integration ID nor a platform name; %2.</translation>
    </message>
    <message>
        <source>%1 matches %2 connected integrations (%3); name the one you mean by its ID.</source>
        <translation>%1 matches %2 connected integrations (%3); name the one you mean by its ID.</translation>
    </message>
    <message>
        <source>is empty; list at least one platform, such as INSTAGRAM,TIKTOK.</source>
        <translation>is empty; list at least one platform, such as INSTAGRAM,TIKTOK.</translation>
    </message>
    <message>
        <source>is empty; name at least one integration ID or platform (%1).</source>
        <translation>is empty; name at least one integration ID or platform (%1).</translation>
    </message>
    <message>
        <source>is empty; expected %1.</source>
        <translation>is empty; expected %1.</translation>
    </message>
    <message>
        <source>%1 is not a date and time Almanac can read; expected %2.</source>
        <translation>%1 is not a date and time Almanac can read; expected %2.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside the gap, or add an offset such as +01:00.</source>
        <translation>%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside the gap, or add an offset such as +01:00.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick the second (%4).</source>
        <translation>%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick the second (%4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A post with the same text, destination (%1) and time is already in Almanac.</source>
        <translation>A post with the same text, destination (%1) and time is already in Almanac.</translation>
    </message>
    <message>
        <source>An earlier row has the same text, destination (%1) and time; this looks like a duplicate.</source>
        <translation>An earlier row has the same text, destination (%1) and time; this looks like a duplicate.</translation>
    </message>
    <message>
        <source>Row %1 has the same text, destination (%2) and time; this looks like a duplicate.</source>
        <translation>Row %1 has the same text, destination (%2) and time; this looks like a duplicate.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an https:// URL.</source>
        <translation>%1 is not a media URL; expected an https:// URL.</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link.</source>
        <translation>%1 carries a user name or password; expected a plain https:// link.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://.</source>
        <translation>%1 is not encrypted; a media link in an imported file must start with https://.</translation>
    </message>
    <message>
        <source>%1 can be read day first or month first, and nothing in the file says which. Choose the date order on the mapping page (almanac-cli: --date-order dmy or mdy).</source>
        <translation>%1 can be read day first or month first, and nothing in the file says which. Choose the date order on the mapping page (almanac-cli: --date-order dmy or mdy).</translation>
    </message>
    <message>
        <source>no account is connected yet; connect one first (File &gt; Publishing Accounts or Hosted Schedulers)</source>
        <translation>no account is connected yet; connect one first (File &gt; Publishing Accounts or Hosted Schedulers)</translation>
    </message>
    <message>
        <source>is empty, but %1 has a time (%2); give the date it belongs to.</source>
        <translation>is empty, but %1 has a time (%2); give the date it belongs to.</translation>
    </message>
    <message>
        <source>%1 is a time, but %2 has one already (%3); keep the time in one column.</source>
        <translation>%1 is a time, but %2 has one already (%3); keep the time in one column.</translation>
    </message>
    <message>
        <source>%1 is not a time of day Almanac can read; expected 14:30, 2:30 PM or 9:00.</source>
        <translation>%1 is not a time of day Almanac can read; expected 14:30, 2:30 PM or 9:00.</translation>
    </message>
</context>
<context>
    <name>SavePostCommand</name>
    <message>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>Could not record the published post</source>
        <translation>Could not record the published post</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>Could not record the failure</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>Could not record the retry</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s start</source>
        <translation>Could not record the scheduler&apos;s start</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s round</source>
        <translation>Could not record the scheduler&apos;s round</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s stop</source>
        <translation>Could not record the scheduler&apos;s stop</translation>
    </message>
    <message>
        <source>Could not claim the post</source>
        <translation>Could not claim the post</translation>
    </message>
    <message>
        <source>Could not record the send</source>
        <translation>Could not record the send</translation>
    </message>
    <message>
        <source>Could not record that the post went out</source>
        <translation>Could not record that the post went out</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>the store is busy</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No webhook URL for the account %1: %2 Enter it in Publishing Accounts, or set %3.</source>
        <translation>No webhook URL for the account %1: %2 Enter it in Publishing Accounts, or set %3.</translation>
    </message>
    <message>
        <source>No API key for the provider %1: %2 Store one in File → Hosted Schedulers (Set API Key), with &quot;almanac-cli provider set-key %1&quot;, or set %3.</source>
        <translation>No API key for the provider %1: %2 Store one in File → Hosted Schedulers (Set API Key), with &quot;almanac-cli provider set-key %1&quot;, or set %3.</translation>
    </message>
    <message>
        <source>No secret for the account %1: %2 Store one in File → Publishing Accounts, with &quot;almanac-cli secret set %1&quot;, or set %3.</source>
        <translation>No secret for the account %1: %2 Store one in File → Publishing Accounts, with &quot;almanac-cli secret set %1&quot;, or set %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Who can reply</source>
        <translation>Who can reply</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Post type</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Collaborators</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Who can watch</source>
        <translation>Who can watch</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Allow duets</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Allow stitches</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Allow comments</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Made for kids</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Thumbnail link</source>
        <translation>Thumbnail link</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>People you follow</source>
        <translation>People you follow</translation>
    </message>
    <message>
        <source>People you mention</source>
        <translation>People you mention</translation>
    </message>
    <message>
        <source>Your subscribers</source>
        <translation>Your subscribers</translation>
    </message>
    <message>
        <source>Verified accounts</source>
        <translation>Verified accounts</translation>
    </message>
    <message>
        <source>Feed post</source>
        <translation>Feed post</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Friends who follow you back</source>
        <translation>Friends who follow you back</translation>
    </message>
    <message>
        <source>Your followers</source>
        <translation>Your followers</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Only you</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Unlisted</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Followers only</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Mentioned people only</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Content warning</translation>
    </message>
    <message>
        <source>Card for the first link</source>
        <translation>Card for the first link</translation>
    </message>
</context>
<context>
    <name>SqliteClaims</name>
    <message>
        <source>Could not claim the post</source>
        <translation>Could not claim the post</translation>
    </message>
    <message>
        <source>Could not claim the provider account: the store is busy</source>
        <translation>Could not claim the provider account: the store is busy</translation>
    </message>
    <message>
        <source>Could not claim the provider account</source>
        <translation>Could not claim the provider account</translation>
    </message>
    <message>
        <source>Could not renew the claim</source>
        <translation>Could not renew the claim</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Could not read the store</translation>
    </message>
    <message>
        <source>Could not release the claim</source>
        <translation>Could not release the claim</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>The store %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it is not an SQLite database).</source>
        <translation>%1 is not an Almanac backup (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it has no posts, destinations and accounts).</source>
        <translation>%1 is not an Almanac backup (it has no posts, destinations and accounts).</translation>
    </message>
    <message>
        <source>%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.</source>
        <translation>%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for a copy of the current store.</source>
        <translation>The folder %1 cannot be made for a copy of the current store.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first. %1</source>
        <translation>Nothing was restored: the current store could not be copied first. %1</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>The store %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The restore failed and the store is as it was: %1</source>
        <translation>The restore failed and the store is as it was: %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1. The store before it is in %2.</source>
        <translation>The backup was restored but could not be brought up to date: %1. The store before it is in %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>The backup folder %1 cannot be made.</translation>
    </message>
</context>
<context>
    <name>SyncProvider</name>
    <message>
        <source>The server asked to wait (HTTP %1)%2</source>
        <translation>The server asked to wait (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2</source>
        <translation>The server failed (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Refused by the server (HTTP %1): %2</source>
        <translation>Refused by the server (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>WebhookPublisher</name>
    <message>
        <source>Almanac is connected: posts for %1 will appear here.</source>
        <translation>Almanac is connected: posts for %1 will appear here.</translation>
    </message>
    <message>
        <source>The webhook accepted a test event.</source>
        <translation>The webhook accepted a test event.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>The webhook answered HTTP %1.</translation>
    </message>
    <message>
        <source>The webhook refused the post (HTTP %1): %2</source>
        <translation>The webhook refused the post (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The account %1 has no usable webhook URL: %2</source>
        <translation>The account %1 has no usable webhook URL: %2</translation>
    </message>
</context>
<context>
    <name>WebhookUrlMigration</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Could not read the store: %1</translation>
    </message>
    <message>
        <source>The webhook URL of %1 stays in the store for now: %2</source>
        <translation>The webhook URL of %1 stays in the store for now: %2</translation>
    </message>
    <message>
        <source>Could not update the store: %1</source>
        <translation>Could not update the store: %1</translation>
    </message>
</context>
<context>
    <name>almanacd</name>
    <message>
        <source>Almanac&apos;s scheduler and sync, without the window.</source>
        <translation>Almanac&apos;s scheduler and sync, without the window.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Use the store at PATH.</translation>
    </message>
    <message>
        <source>Seconds between scheduler rounds (default 30).</source>
        <translation>Seconds between scheduler rounds (default 30).</translation>
    </message>
    <message>
        <source>Publish posts up to MINUTES late; later ones wait for the user (default: the window&apos;s setting, 15).</source>
        <translation>Publish posts up to MINUTES late; later ones wait for the user (default: the window&apos;s setting, 15).</translation>
    </message>
    <message>
        <source>Hold a post being published for SECONDS at a time, renewed while it runs: how long another scheduler waits to take over if this one is killed (default 120).</source>
        <translation>Hold a post being published for SECONDS at a time, renewed while it runs: how long another scheduler waits to take over if this one is killed (default 120).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Almanac, the offline-first content calendar.</source>
        <translation>Almanac, the offline-first content calendar.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Use the store at PATH.</translation>
    </message>
    <message>
        <source>Try Almanac on a sample content plan in a temporary store (your own store is not touched).</source>
        <translation>Try Almanac on a sample content plan in a temporary store (your own store is not touched).</translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation>A CSV file to import.</translation>
    </message>
    <message>
        <source>Almanac cannot start</source>
        <translation>Almanac cannot start</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>The store could not be opened.

%1</translation>
    </message>
</context>
</TS>
