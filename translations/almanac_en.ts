<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Almanac::BackupActions</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ConfirmPage</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) excluded: recorded in the import history, not imported.</source>
        <translation>
            <numerusform>%n row excluded: recorded in the import history, not imported.</numerusform>
            <numerusform>%n rows excluded: recorded in the import history, not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Post(s)</source>
        <translation>
            <numerusform>&amp;Import %n Post</numerusform>
            <numerusform>&amp;Import %n Posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors now. Did the file or the accounts change since the rows were checked? Go back to check it again.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;All posts (%n)</source>
        <translation>
            <numerusform>&amp;All posts (%n)</numerusform>
            <numerusform>&amp;All posts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected posts (%n)</source>
        <translation>
            <numerusform>&amp;Selected posts (%n)</numerusform>
            <numerusform>&amp;Selected posts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.</source>
        <translation>
            <numerusform>Exported %n post to %1.</numerusform>
            <numerusform>Exported %n posts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::FailedPanel</name>
    <message numerus="yes">
        <source>%n destination(s) failed. Select one to see why; double-click to open the post.</source>
        <translation>
            <numerusform>%n destination failed. Select it to see why; double-click to open the post.</numerusform>
            <numerusform>%n destinations failed. Select one to see why; double-click to open the post.</numerusform>
        </translation>
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
</context>
<context>
    <name>Almanac::MainWindow</name>
    <message numerus="yes">
        <source>%n failed destination(s) queued again.</source>
        <translation>
            <numerusform>%n failed destination queued again.</numerusform>
            <numerusform>%n failed destinations queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In view: %n post(s)</source>
        <translation>
            <numerusform>In view: %n post</numerusform>
            <numerusform>In view: %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n scheduled</numerusform>
            <numerusform>%n scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by filters</source>
        <translation>
            <numerusform>%n hidden by filters</numerusform>
            <numerusform>%n hidden by filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>Move %n post</numerusform>
            <numerusform>Move %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the tags of %n selected post(s). Separate tags with commas or spaces.</source>
        <translation>
            <numerusform>Change the tags of %n selected post. Separate tags with commas or spaces.</numerusform>
            <numerusform>Change the tags of %n selected posts. Separate tags with commas or spaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n post(s) in %1 to the calendar?</source>
        <translation>
            <numerusform>Add the %n post in %1 to the calendar?</numerusform>
            <numerusform>Add the %n posts in %1 to the calendar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>Imported %n post.</numerusform>
            <numerusform>Imported %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) could not be published: %1</source>
        <translation>
            <numerusform>%n post could not be published: %1</numerusform>
            <numerusform>%n posts could not be published: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n post(s).</source>
        <translation>
            <numerusform>Published %n post.</numerusform>
            <numerusform>Published %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n to sync</source>
        <translation>
            <numerusform>Offline · %n to sync</numerusform>
            <numerusform>Offline · %n to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing · %n to go</source>
        <translation>
            <numerusform>Syncing · %n to go</numerusform>
            <numerusform>Syncing · %n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation>
            <numerusform>%n to sync</numerusform>
            <numerusform>%n to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n post(s) removed.</source>
        <translation>
            <numerusform>Import undone: %n post removed.</numerusform>
            <numerusform>Import undone: %n posts removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MapPage</name>
    <message numerus="yes">
        <source>%1, %2, %n column(s)</source>
        <translation>
            <numerusform>%1, %2, %n column</numerusform>
            <numerusform>%1, %2, %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n column will be ignored.</numerusform>
            <numerusform>%n columns will be ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::PostPreview</name>
    <message numerus="yes">
        <source>%n more not shown: %1 shows at most %2</source>
        <translation>
            <numerusform>%n more not shown: %1 shows at most %2</numerusform>
            <numerusform>%n more not shown: %1 shows at most %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ProvidersDialog</name>
    <message numerus="yes">
        <source>Connected to %1: %n account(s). Add the ones to post to.</source>
        <translation>
            <numerusform>Connected to %1: %n account. Add the ones to post to.</numerusform>
            <numerusform>Connected to %1: %n accounts. Add the ones to post to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::PublishingIndicator</name>
    <message numerus="yes">
        <source>Last round at %1 (one every %n second(s)).</source>
        <translation>
            <numerusform>Last round at %1 (one every %n second).</numerusform>
            <numerusform>Last round at %1 (one every %n seconds).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ResultPage</name>
    <message numerus="yes">
        <source>%n post(s) from %1 are in your calendar.</source>
        <translation>
            <numerusform>%n post from %1 are in your calendar.</numerusform>
            <numerusform>%n posts from %1 are in your calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded row(s) are recorded in the import history.</source>
        <translation>
            <numerusform>%n excluded row is recorded in the import history.</numerusform>
            <numerusform>%n excluded rows are recorded in the import history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::TrayIcon</name>
    <message numerus="yes">
        <source>%n post(s) scheduled</source>
        <translation>
            <numerusform>%n post scheduled</numerusform>
            <numerusform>%n posts scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::WeekView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeTagsCommand</name>
    <message numerus="yes">
        <source>Change the tags of %n post(s)</source>
        <translation>
            <numerusform>Change the tags of %n post</numerusform>
            <numerusform>Change the tags of %n posts</numerusform>
        </translation>
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
</context>
<context>
    <name>DeletePostsCommand</name>
    <message numerus="yes">
        <source>Delete %n post(s)</source>
        <translation>
            <numerusform>Delete %n post</numerusform>
            <numerusform>Delete %n posts</numerusform>
        </translation>
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
</context>
<context>
    <name>DuplicatePostsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n post(s)</source>
        <translation>
            <numerusform>Duplicate %n post</numerusform>
            <numerusform>Duplicate %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovePostsCommand</name>
    <message numerus="yes">
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>Move %n post</numerusform>
            <numerusform>Move %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
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
</TS>
