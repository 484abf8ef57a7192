<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Almanac</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Almanac::AccountsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>Konto &amp;speichern</translation>
    </message>
    <message>
        <source>Publishing Accounts</source>
        <translation>Veröffentlichungskonten</translation>
    </message>
    <message>
        <source>N&amp;ew Account</source>
        <translation>&amp;Neues Konto</translation>
    </message>
    <message>
        <source>Accounts Almanac publishes to:</source>
        <translation>Konten, in denen Almanac veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
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
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>Konto hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Ser&amp;vice URL:</source>
        <translation>&amp;Dienst-URL:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Use an app password, not your account password: in Bluesky, Settings → Privacy and security → App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own.</source>
        <translation>Verwenden Sie ein App-Passwort, nicht Ihr Kontopasswort: in Bluesky unter Einstellungen → Datenschutz und Sicherheit → App-Passwörter. Lassen Sie die Dienst-URL für bsky.social leer; geben Sie Ihren PDS an, wenn Sie einen eigenen betreiben.</translation>
    </message>
    <message>
        <source>&amp;Instance URL:</source>
        <translation>&amp;Instanz-URL:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>On your instance: Preferences → Development → New application, with the scopes write:statuses and write:media; paste its access token here.</source>
        <translation>Auf Ihrer Instanz: Einstellungen → Entwicklung → Neue Anwendung, mit den Berechtigungen write:statuses und write:media; fügen Sie hier deren Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Si&amp;gnaturschlüssel:</translation>
    </message>
    <message>
        <source>In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>In Discord: Servereinstellungen → Integrationen → Webhooks → Neuer Webhook → Webhook-URL kopieren. Wer die URL hat, kann posten; deshalb liegt sie im Schlüsselbund.</translation>
    </message>
    <message>
        <source>In Slack: create an app with Incoming Webhooks and add one to the channel. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>In Slack: Erstellen Sie eine App mit „Incoming Webhooks“ und fügen Sie dem Kanal einen hinzu. Wer die URL hat, kann posten; deshalb liegt sie im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Enter the Bluesky handle, like yourname.bsky.social.</source>
        <translation>Geben Sie das Bluesky-Handle ein, etwa name.bsky.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.</source>
        <translation>„%1“ ist keine Dienst-URL; lassen Sie das Feld für bsky.social leer oder geben Sie eine wie https://pds.example.com an.</translation>
    </message>
    <message>
        <source>Enter an app password for %1.</source>
        <translation>Geben Sie ein App-Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Geben Sie die URL der Instanz ein, etwa https://mastodon.social.</translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s URL, starting with https://.</source>
        <translation>Geben Sie die URL des Webhooks ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Enter the access token of the application you made on %1.</source>
        <translation>Geben Sie das Zugriffstoken der Anwendung ein, die Sie auf %1 angelegt haben.</translation>
    </message>
    <message>
        <source>Paste the incoming webhook&apos;s URL, starting with https://.</source>
        <translation>Fügen Sie die URL des eingehenden Webhooks ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>%1 was saved, but its secret was not stored: %2</source>
        <translation>%1 wurde gespeichert, aber das Geheimnis nicht: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Added %1 (ID %2). Posts to it are published at their time.</source>
        <translation>%1 hinzugefügt (ID %2). Beiträge dorthin werden zu ihrer Zeit veröffentlicht.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Stop publishing to the selected account and forget its password</source>
        <translation>Nicht mehr im ausgewählten Konto veröffentlichen und sein Passwort vergessen</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Almanac?</source>
        <translation>%1 aus Almanac entfernen?</translation>
    </message>
    <message>
        <source>Almanac stops publishing to it and its password leaves the keychain. Posts already published there keep it in their history; adding it again later brings it back.</source>
        <translation>Almanac veröffentlicht dort nicht mehr, und sein Passwort verlässt den Schlüsselbund. Bereits dort veröffentlichte Beiträge behalten es in ihrem Verlauf; fügen Sie es später wieder hinzu, ist es wieder da.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Removed %1, but its password is still in the keychain: %2</source>
        <translation>%1 entfernt, aber sein Passwort ist noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 was saved, but its URL was not stored: %2</source>
        <translation>%1 wurde gespeichert, aber die URL nicht: %2</translation>
    </message>
    <message>
        <source>Its posts go out unsigned until you give it a signing secret.</source>
        <translation>Seine Beiträge werden unsigniert gesendet, bis Sie ihm einen Signaturschlüssel geben.</translation>
    </message>
    <message>
        <source>optional; without one, unsigned</source>
        <translation>optional; ohne: unsigniert</translation>
    </message>
    <message>
        <source>Almanac sends each post to this address as JSON. With a signing secret, every request is signed (the Standard Webhooks way) so your receiver can check that it came from Almanac and is not an old one sent again; without one, anyone who learns the address can post as Almanac. The address and the secret are kept in the system keychain.</source>
        <translation>Almanac sendet jeden Beitrag als JSON an diese Adresse. Mit einem Signaturschlüssel wird jede Anfrage signiert (nach Standard Webhooks), sodass Ihr Empfänger prüfen kann, dass sie von Almanac kommt und keine alte, erneut gesendete ist; ohne ihn kann jeder, der die Adresse kennt, als Almanac posten. Adresse und Schlüssel liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <source>Add a %1 account that Almanac publishes to itself</source>
        <translation>Ein %1-Konto hinzufügen, in dem Almanac selbst veröffentlicht</translation>
    </message>
    <message>
        <source>X, Instagram, LinkedIn, TikTok and the rest go through a hosted scheduler (OpenPost, PostEverywhere or bundle.social): &lt;a href=&quot;#hosted&quot;&gt;set one up&lt;/a&gt;.</source>
        <translation>X, Instagram, LinkedIn, TikTok und die übrigen laufen über einen gehosteten Planer (OpenPost, PostEverywhere oder bundle.social): &lt;a href=&quot;#hosted&quot;&gt;einen einrichten&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 was saved, but its server&apos;s limits were not: %2</source>
        <translation>%1 wurde gespeichert, die Grenzen seines Servers aber nicht: %2</translation>
    </message>
    <message numerus="yes">
        <source>Its server takes up to %Ln characters per post; Almanac counts by that.</source>
        <translation>
            <numerusform>Sein Server nimmt bis zu %Ln Zeichen pro Beitrag an; Almanac zählt danach.</numerusform>
            <numerusform>Sein Server nimmt bis zu %Ln Zeichen pro Beitrag an; Almanac zählt danach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own until the instance is read (on saving or Test Connection): %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Die von Mastodon, bis die Instanz gelesen ist (beim Speichern oder mit „Verbindung testen“): %1 Zeichen pro Beitrag, ein Link zählt %2, %3 Bilder oder Videos.</translation>
    </message>
    <message>
        <source>As the instance says: %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Wie die Instanz sagt: %1 Zeichen pro Beitrag, ein Link zählt %2, %3 Bilder oder Videos.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>%1 publishes to this account for Almanac: change it in Hosted Schedulers.</source>
        <translation>%1 veröffentlicht für Almanac in diesem Konto: Ändern Sie es unter „Gehostete Planungsdienste“.</translation>
    </message>
    <message>
        <source>Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs (Settings, Publishing). Passwords and tokens go into the system keychain, never into Almanac&apos;s files.</source>
        <translation>Almanac veröffentlicht auf diesen Konten selbst, zur geplanten Minute, solange das Fenster oder almanacd läuft (Einstellungen, Veröffentlichen). Passwörter und Tokens kommen in den Schlüsselbund des Systems, nie in die Dateien von Almanac.</translation>
    </message>
    <message>
        <source>empty: the system keychain keeps what it has</source>
        <translation>leer: Der Systemschlüsselbund behält, was er hat</translation>
    </message>
</context>
<context>
    <name>Almanac::AlmanacdAtLogin</name>
    <message>
        <source>This computer does not start programs through systemd (there is no systemctl).</source>
        <translation>Dieser Computer startet Programme nicht über systemd (es gibt kein systemctl).</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>systemctl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while the window is closed.</source>
        <translation>almanacd liegt nicht neben Almanac (gesucht: %1): Installieren Sie Almanac neu, um bei geschlossenem Fenster zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The store&apos;s path %1 holds a control character, which systemd cannot pass on to almanacd. Move the store to a folder with a plain name.</source>
        <translation>Der Pfad des Datenbestands %1 enthält ein Steuerzeichen, das systemd nicht an almanacd weitergeben kann. Verschieben Sie den Datenbestand in einen Ordner mit einfachem Namen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not turn on publishing while the window is closed</source>
        <translation>Das Veröffentlichen bei geschlossenem Fenster konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>almanacd now publishes while the window is closed, and starts when you log in.</source>
        <translation>almanacd veröffentlicht jetzt auch bei geschlossenem Fenster und startet, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Could not turn off publishing while the window is closed</source>
        <translation>Das Veröffentlichen bei geschlossenem Fenster konnte nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <source>almanacd has stopped: posts are published only while the window is open.</source>
        <translation>almanacd ist beendet: Beiträge werden nur veröffentlicht, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation>systemctl wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>almanacd already starts at login, set up by %1, which may publish another store.</source>
        <translation>almanacd startet bereits bei der Anmeldung, eingerichtet durch %1, das womöglich einen anderen Datenbestand veröffentlicht.</translation>
    </message>
    <message>
        <source>Almanac is installed in a folder whose name systemd cannot run a program from (%1: a quote, a backslash, a $ or a control character). Install it in a folder with a plain name.</source>
        <translation>Almanac ist in einem Ordner installiert, aus dem systemd wegen seines Namens kein Programm starten kann (%1: ein Anführungszeichen, ein Backslash, ein $ oder ein Steuerzeichen). Installieren Sie es in einen Ordner mit einfachem Namen.</translation>
    </message>
    <message>
        <source>%1 is a unit of your own, so Almanac leaves it alone: start almanacd from it, or remove it and turn this on again.</source>
        <translation>%1 ist eine eigene Unit von Ihnen, daher lässt Almanac sie unverändert: Starten Sie almanacd über sie, oder entfernen Sie sie und schalten Sie dies erneut ein.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>almanacd starts at login now, but it did not start</source>
        <translation>almanacd startet jetzt bei der Anmeldung, ist aber nicht gestartet</translation>
    </message>
    <message>
        <source>almanacd still starts at login, set up by %1</source>
        <translation>almanacd startet weiterhin bei der Anmeldung, eingerichtet durch %1</translation>
    </message>
    <message>
        <source>almanacd is not running (systemd says: %1)</source>
        <translation>almanacd läuft nicht (systemd meldet: %1)</translation>
    </message>
    <message>
        <source>systemd does not read units from %1</source>
        <translation>systemd liest keine Units aus %1</translation>
    </message>
    <message>
        <source>systemd runs almanacd as %1 says</source>
        <translation>systemd startet almanacd so, wie es %1 vorgibt</translation>
    </message>
    <message>
        <source>systemd says: %1</source>
        <translation>systemd meldet: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::BackgroundPublishingRow</name>
    <message>
        <source>Publishing while the window is closed: finding out…</source>
        <translation>Veröffentlichen bei geschlossenem Fenster: wird ermittelt …</translation>
    </message>
    <message>
        <source>Tu&amp;rn On</source>
        <translation>Einsc&amp;halten</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;. almanacd runs in the background and starts when you log in.</source>
        <translation>Veröffentlichen bei geschlossenem Fenster: &lt;b&gt;ein&lt;/b&gt;. almanacd läuft im Hintergrund und startet, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Tu&amp;rn Off</source>
        <translation>Aussc&amp;halten</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;off&lt;/b&gt;. A post due while the window is closed goes out when you open it, if it is not later than the limit below.</source>
        <translation>Veröffentlichen bei geschlossenem Fenster: &lt;b&gt;aus&lt;/b&gt;. Ein Beitrag, der fällig wird, während das Fenster geschlossen ist, geht beim Öffnen hinaus, wenn er nicht später ist als die Grenze unten.</translation>
    </message>
    <message>
        <source>Turning off publishing while the window is closed…</source>
        <translation>Veröffentlichen bei geschlossenem Fenster wird ausgeschaltet …</translation>
    </message>
    <message>
        <source>Turning on publishing while the window is closed…</source>
        <translation>Veröffentlichen bei geschlossenem Fenster wird eingeschaltet …</translation>
    </message>
    <message>
        <source>At once, not on OK: almanacd publishes due posts to your Bluesky, Mastodon and webhook accounts, and syncs with your hosted schedulers, while this window is closed. It starts when you log in.</source>
        <translation>Sofort, nicht erst mit OK: almanacd veröffentlicht fällige Beiträge auf Ihren Bluesky-, Mastodon- und Webhook-Konten und gleicht mit Ihren gehosteten Planungsdiensten ab, während dieses Fenster geschlossen ist. Es startet, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;, but %1: it starts at your next login, or turn it off and on again to start it now.</source>
        <translation>Veröffentlichen bei geschlossenem Fenster: &lt;b&gt;ein&lt;/b&gt;, aber %1: Es startet bei Ihrer nächsten Anmeldung, oder schalten Sie es aus und wieder ein, um es jetzt zu starten.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed cannot be set up from here (%1). To have it, have this run when you log in: %2</source>
        <translation>Das Veröffentlichen bei geschlossenem Fenster lässt sich hier nicht einrichten (%1). Lassen Sie dafür bei der Anmeldung dies ausführen: %2</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: finishing the change you asked for before…</source>
        <translation>Veröffentlichen bei geschlossenem Fenster: Die zuvor angeforderte Änderung wird abgeschlossen …</translation>
    </message>
</context>
<context>
    <name>Almanac::BackupActions</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Datenbestand &amp;sichern …</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Save every post, account and import into one file</source>
        <translation>Alle Beiträge, Konten und Importe in einer Datei sichern</translation>
    </message>
    <message>
        <source>Replace the store with a backup (the current store is kept in the backups folder)</source>
        <translation>Den Datenbestand durch eine Sicherung ersetzen (der aktuelle bleibt im Sicherungsordner erhalten)</translation>
    </message>
    <message>
        <source>Almanac backup %1.sqlite</source>
        <translation>Almanac-Sicherung %1.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Datenbestand sichern</translation>
    </message>
    <message>
        <source>Almanac backups (*.sqlite);;All files (*)</source>
        <translation>Almanac-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sichere nach %1 …</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Nach %1 gesichert.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Replace everything in Almanac with this backup?</source>
        <translation>Alles in Almanac durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>%1 enthält %2 und %3. Der Datenbestand, wie er jetzt ist, wird zuerst im Sicherungsordner abgelegt; Sie können dies also rückgängig machen, indem Sie diese Kopie wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Stelle %1 wieder her …</translation>
    </message>
    <message>
        <source>Restored %1. The store as it was is kept in %2.</source>
        <translation>%1 wiederhergestellt. Der vorherige Datenbestand liegt in %2.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Die heutige automatische Sicherung ist fehlgeschlagen: %1</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
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
        <translation>Ein Beitrag kann nicht für %1 geplant werden: Beiträge lassen sich höchstens %2 Tage im Voraus planen.</translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: that time has passed. Choose a later day or time.</source>
        <translation>Ein Beitrag kann nicht für %1 geplant werden: Diese Zeit ist vorbei. Wählen Sie einen späteren Tag oder eine spätere Uhrzeit.</translation>
    </message>
    <message>
        <source>A post that is published or being published cannot be moved: copy it instead (Ctrl+D, or hold Ctrl while dragging).</source>
        <translation>Ein veröffentlichter oder gerade veröffentlichter Beitrag kann nicht verschoben werden: Kopieren Sie ihn stattdessen (Strg+D, oder Strg beim Ziehen gedrückt halten).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published post(s) stayed where they went out; the others moved.</source>
        <translation>
            <numerusform>%Ln veröffentlichter Beitrag blieb, wo er veröffentlicht wurde; die anderen wurden verschoben.</numerusform>
            <numerusform>%Ln veröffentlichte Beiträge blieben, wo sie veröffentlicht wurden; die anderen wurden verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ComposerDialog</name>
    <message>
        <source>&amp;No date yet</source>
        <translation>&amp;Noch kein Datum</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation>Konten, in denen gepostet wird</translation>
    </message>
    <message>
        <source>Text for every platform</source>
        <translation>Text für alle Plattformen</translation>
    </message>
    <message>
        <source>What do you want to say? Each platform&apos;s tab can have a text of its own.</source>
        <translation>Was möchten Sie sagen? Jeder Plattform-Reiter kann einen eigenen Text haben.</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
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
        <translation>Launch, Q3</translation>
    </message>
    <message>
        <source>Keep the draft without a date: it waits in the Unscheduled Drafts panel until you drag it onto a day.</source>
        <translation>Den Entwurf ohne Datum behalten: Er wartet im Bereich „Ungeplante Entwürfe“, bis Sie ihn auf einen Tag ziehen.</translation>
    </message>
    <message>
        <source>Post &amp;type:</source>
        <translation>Beitrags&amp;typ:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>&amp;Medien:</translation>
    </message>
    <message>
        <source>Queue the post to be published right away</source>
        <translation>Den Beitrag zur sofortigen Veröffentlichung einreihen</translation>
    </message>
    <message>
        <source>Keep this post and start a copy of it</source>
        <translation>Diesen Beitrag behalten und eine Kopie davon beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>P&amp;ost to:</source>
        <translation>P&amp;osten in:</translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Choose a date to schedule the post</source>
        <translation>Wählen Sie ein Datum, um den Beitrag zu planen</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.</source>
        <translation>%1 gibt es am %2 in %3 nicht: Die Uhren werden vorgestellt. Der Beitrag geht um %4 hinaus.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>Die Zeit</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>The post type:</source>
        <translation>Der Beitragstyp:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Der Beitrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation>Geplant für %1 (%2).</translation>
    </message>
    <message>
        <source>Queued to publish now.</source>
        <translation>Zur sofortigen Veröffentlichung eingereiht.</translation>
    </message>
    <message>
        <source>New Post (Copy)</source>
        <translation>Neuer Beitrag (Kopie)</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>Der Beitrag kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Post deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Beitrag gelöscht. Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Published Post</source>
        <translation>Veröffentlichter Beitrag</translation>
    </message>
    <message>
        <source>Post Going Out</source>
        <translation>Beitrag wird veröffentlicht</translation>
    </message>
    <message>
        <source>Dupli&amp;cate as New Post</source>
        <translation>Als neuen Beitrag &amp;kopieren</translation>
    </message>
    <message>
        <source>Keep This Post?</source>
        <translation>Diesen Beitrag behalten?</translation>
    </message>
    <message>
        <source>You changed this post. Save the changes as a draft before closing?</source>
        <translation>Sie haben diesen Beitrag geändert. Die Änderungen vor dem Schließen als Entwurf speichern?</translation>
    </message>
    <message>
        <source>This post is not saved yet. Save it as a draft before closing?</source>
        <translation>Dieser Beitrag ist noch nicht gespeichert. Vor dem Schließen als Entwurf speichern?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Konto verbinden …</translation>
    </message>
    <message>
        <source>No account is connected yet: connect one to post to.</source>
        <translation>Noch ist kein Konto verbunden: Verbinden Sie eines, um dorthin zu posten.</translation>
    </message>
    <message>
        <source>Schedule the post for its time (Ctrl+Enter)</source>
        <translation>Den Beitrag für seinen Zeitpunkt planen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 %2/%3 · %4/%5 bytes</source>
        <translation>%1 %2/%3 · %4/%5 Bytes</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s usual limit; an instance may allow more or less. Almanac reads your instance&apos;s own when the account is saved or tested in Publishing Accounts.</source>
        <translation>%1 ist die übliche Grenze von %2; eine Instanz kann mehr oder weniger erlauben. Almanac liest die Grenze Ihrer Instanz, wenn das Konto unter „Veröffentlichungskonten“ gespeichert oder getestet wird.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Each platform counts in its own way: X counts a link as 23 and most emoji as 2; Mastodon counts a link as 23 and a mention of another server&apos;s account by its name alone; Bluesky counts what you see and caps the bytes too.</source>
        <translation>Jede Plattform zählt auf ihre Weise: X zählt einen Link als 23 und die meisten Emoji als 2; Mastodon zählt einen Link als 23 und die Erwähnung eines Kontos auf einem anderen Server nur mit seinem Namen; Bluesky zählt, was Sie sehen, und begrenzt auch die Bytes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>You changed this scheduled post. Save the changes? It stays scheduled for %1.</source>
        <translation>Sie haben diesen geplanten Beitrag geändert. Änderungen speichern? Er bleibt für %1 geplant.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>You changed this scheduled post, and as it is now it cannot go out (the composer says why). Saved as a draft, it comes off the schedule and is not published.</source>
        <translation>Sie haben diesen geplanten Beitrag geändert, und so, wie er jetzt ist, kann er nicht veröffentlicht werden (der Editor sagt, warum). Als Entwurf gespeichert, wird er aus dem Zeitplan genommen und nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Dis&amp;card Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Post deleted from Almanac; where it was published, it stays up: delete it there too if it should go. Undo (Ctrl+Z) brings it back here.</source>
        <translation>Beitrag aus Almanac gelöscht; wo er veröffentlicht wurde, bleibt er online: Löschen Sie ihn dort ebenfalls, wenn er verschwinden soll. Rückgängig (Strg+Z) holt ihn hier zurück.</translation>
    </message>
</context>
<context>
    <name>Almanac::ConfirmPage</name>
    <message>
        <source>Confirm the Import</source>
        <translation>Import bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 from &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; an %2 aus &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2).</source>
        <translation>Am %1 (%2).</translation>
    </message>
    <message>
        <source>Between %1 and %2 (%3).</source>
        <translation>Zwischen %1 und %2 (%3).</translation>
    </message>
    <message>
        <source>%1 scheduled · %2 drafts</source>
        <translation>%1 geplant · %2 Entwürfe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Per platform: %1</source>
        <translation>Pro Plattform: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) excluded: recorded in the import history, not imported.</source>
        <translation>
            <numerusform>%Ln Zeile ausgeschlossen: im Importverlauf festgehalten, nicht importiert.</numerusform>
            <numerusform>%Ln Zeilen ausgeschlossen: im Importverlauf festgehalten, nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag &amp;importieren</numerusform>
            <numerusform>%Ln Beiträge &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Der Import wurde angehalten; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %Ln Zeile hat jetzt Fehler. Haben sich die Datei oder die Konten geändert, seit die Zeilen geprüft wurden? Gehen Sie zurück und prüfen Sie sie erneut.</numerusform>
            <numerusform>Nichts wurde importiert: %Ln Zeilen haben jetzt Fehler. Haben sich die Datei oder die Konten geändert, seit die Zeilen geprüft wurden? Gehen Sie zurück und prüfen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Every post is added to the calendar, or none is: an import is never left half done.</source>
        <translation>Entweder kommen alle Beiträge in den Kalender oder keiner: Ein Import bleibt nie halb erledigt.</translation>
    </message>
</context>
<context>
    <name>Almanac::DeliveryStatus</name>
    <message>
        <source>✓ Published to %1.</source>
        <translation>✓ Veröffentlicht in %1.</translation>
    </message>
    <message>
        <source>✓ Published to %1: &lt;a href=&quot;%2&quot;&gt;see the post&lt;/a&gt;.</source>
        <translation>✓ Veröffentlicht in %1: &lt;a href=&quot;%2&quot;&gt;Beitrag ansehen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>… Going out to %1 now.</source>
        <translation>… Wird gerade in %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>? Not known whether it reached %1: %2 Check the account, then: &lt;a href=&quot;%3&quot;&gt;It Went Out&lt;/a&gt; or &lt;a href=&quot;%4&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>? Unklar, ob es %1 erreicht hat: %2 Prüfen Sie das Konto, dann: &lt;a href=&quot;%3&quot;&gt;Ist veröffentlicht&lt;/a&gt; oder &lt;a href=&quot;%4&quot;&gt;Erneut senden&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✗ Not published to %1: %2 &lt;a href=&quot;%3&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>✗ Nicht in %1 veröffentlicht: %2 &lt;a href=&quot;%3&quot;&gt;Erneut senden&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Almanac::EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>launch, #q3</source>
        <translation>Launch, #q3</translation>
    </message>
    <message numerus="yes">
        <source>Change the tags of %Ln selected post(s). Separate tags with commas or spaces.</source>
        <translation>
            <numerusform>Die Schlagwörter von %Ln ausgewähltem Beitrag ändern. Trennen Sie Schlagwörter durch Kommas oder Leerzeichen.</numerusform>
            <numerusform>Die Schlagwörter von %Ln ausgewählten Beiträgen ändern. Trennen Sie Schlagwörter durch Kommas oder Leerzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Entfernen:</translation>
    </message>
    <message>
        <source>Click a tag to add it.</source>
        <translation>Klicken Sie auf ein Schlagwort, um es hinzuzufügen.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Verwendet:</translation>
    </message>
</context>
<context>
    <name>Almanac::ExportDialog</name>
    <message>
        <source>&amp;Team ID:</source>
        <translation>Team-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation>&amp;Tage vom</translation>
    </message>
    <message>
        <source>Export Posts</source>
        <translation>Beiträge exportieren</translation>
    </message>
    <message>
        <source>OpenPost CSV</source>
        <translation>OpenPost-CSV</translation>
    </message>
    <message>
        <source>bundle.social CSV</source>
        <translation>bundle.social-CSV</translation>
    </message>
    <message>
        <source>JSON (everything)</source>
        <translation>JSON (alles)</translation>
    </message>
    <message>
        <source>iCalendar (for calendar apps)</source>
        <translation>iCalendar (für Kalender-Apps)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>bundle.social team ID</source>
        <translation>bundle.social-Team-ID</translation>
    </message>
    <message>
        <source>from bundle.social&apos;s team settings</source>
        <translation>aus den Team-Einstellungen von bundle.social</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All posts (%Ln)</source>
        <translation>
            <numerusform>&amp;Alle Beiträge (%Ln)</numerusform>
            <numerusform>&amp;Alle Beiträge (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected posts (%Ln)</source>
        <translation>
            <numerusform>Aus&amp;gewählte Beiträge (%Ln)</numerusform>
            <numerusform>Aus&amp;gewählte Beiträge (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>through</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>A spreadsheet in OpenPost&apos;s columns that Almanac and OpenPost read back. Alt text and media meant for one platform only are not carried.</source>
        <translation>Eine Tabelle in den Spalten von OpenPost, die Almanac und OpenPost wieder einlesen. Alternativtexte und Medien nur für eine Plattform werden nicht übernommen.</translation>
    </message>
    <message>
        <source>A spreadsheet in bundle.social&apos;s columns, ready for its CSV import. Tags, alt text and post types are not carried.</source>
        <translation>Eine Tabelle in den Spalten von bundle.social, bereit für dessen CSV-Import. Schlagwörter, Alternativtexte und Beitragstypen werden nicht übernommen.</translation>
    </message>
    <message>
        <source>Every field of every post, for another Almanac or your own scripts; Almanac imports it back whole.</source>
        <translation>Jedes Feld jedes Beitrags, für ein anderes Almanac oder eigene Skripte; Almanac importiert es vollständig wieder.</translation>
    </message>
    <message>
        <source>One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.</source>
        <translation>Ein Termin pro datiertem Beitrag in UTC, für Google Kalender, Outlook oder Apple Kalender. Ein erneuter Export aktualisiert dieselben Termine.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Almanac posts %1</source>
        <translation>Almanac-Beiträge %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln post(s) to %1.</source>
        <translation>
            <numerusform>%Ln Beitrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Beiträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::FailedPanel</name>
    <message>
        <source>&amp;Retry Selected</source>
        <translation>Auswahl &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Retry All in &amp;Range…</source>
        <translation>Alle im &amp;Zeitraum erneut versuchen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed. Select one to see why; double-click to open the post.</source>
        <translation>
            <numerusform>%Ln Ziel ist fehlgeschlagen. Wählen Sie es aus, um den Grund zu sehen; Doppelklick öffnet den Beitrag.</numerusform>
            <numerusform>%Ln Ziele sind fehlgeschlagen. Wählen Sie eines aus, um den Grund zu sehen; Doppelklick öffnet den Beitrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has failed.</source>
        <translation>Nichts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Retry Failed Posts</source>
        <translation>Fehlgeschlagene Beiträge erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Queue again every destination that failed between these days (inclusive).</source>
        <translation>Jedes Ziel, das zwischen diesen Tagen (einschließlich) fehlgeschlagen ist, erneut einreihen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>It &amp;Went Out</source>
        <translation>Ist &amp;veröffentlicht</translation>
    </message>
    <message>
        <source>For an unconfirmed post: you checked the account, and the post is there</source>
        <translation>Für einen unbestätigten Beitrag: Sie haben das Konto geprüft, und der Beitrag ist da</translation>
    </message>
</context>
<context>
    <name>Almanac::FailedTargetsModel</name>
    <message numerus="yes">
        <source>%1
(%n attempt(s))</source>
        <translation>
            <numerusform>%1
(%n Versuch)</numerusform>
            <numerusform>%1
(%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Grund des Fehlers</translation>
    </message>
</context>
<context>
    <name>Almanac::FilePage</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>A content plan in the OpenPost or the bundle.social format: one row per post.</source>
        <translation>Ein Redaktionsplan im Format von OpenPost oder bundle.social: eine Zeile pro Beitrag.</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>CSV-Datei hier ablegen</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::FilterPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check tags to show only posts with one of them.</source>
        <translation>Schlagwörter ankreuzen, um nur Beiträge mit einem davon zu zeigen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · provider: %2</source>
        <translation>%1 · Anbieter: %2</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Keine Konten verbunden</translation>
    </message>
    <message>
        <source>No tags in view</source>
        <translation>Keine Schlagwörter in der Ansicht</translation>
    </message>
</context>
<context>
    <name>Almanac::HttpClient</name>
    <message>
        <source>The address is not a web address; expected one like https://example.com.</source>
        <translation>Die Adresse ist keine Webadresse; erwartet wird eine wie https://example.com.</translation>
    </message>
    <message>
        <source>%1 did not give a whole answer within %2 seconds.</source>
        <translation>%1 hat innerhalb von %2 Sekunden keine vollständige Antwort gegeben.</translation>
    </message>
    <message>
        <source>The host %1 could not be found: %2.</source>
        <translation>Der Server %1 konnte nicht gefunden werden: %2.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes; Almanac stopped reading.</source>
        <translation>%1 hat mit mehr als %2 Bytes geantwortet; Almanac hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>%1 announced an answer of %2 bytes; Almanac takes at most %3.</source>
        <translation>%1 hat eine Antwort von %2 Bytes angekündigt; Almanac nimmt höchstens %3 an.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds (the request timed out).</source>
        <translation>%1 hat %2 Sekunden lang nichts gesendet (Zeitüberschreitung der Anfrage).</translation>
    </message>
    <message>
        <source>No answer from %1: %2.</source>
        <translation>Keine Antwort von %1: %2.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address that is not a web address.</source>
        <translation>%1 hat die Anfrage an eine Adresse weitergeleitet, die keine Webadresse ist.</translation>
    </message>
    <message>
        <source>%1 redirected the request from https to plain http at %2; Almanac does not follow that.</source>
        <translation>%1 hat die Anfrage von https auf reines http unter %2 weitergeleitet; dem folgt Almanac nicht.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Almanac never sends your key or password to another host. If the service moved, change the account&apos;s address.</source>
        <translation>%1 hat die Anfrage an %2 weitergeleitet; Almanac sendet Ihren Schlüssel oder Ihr Passwort nie an einen anderen Server. Ist der Dienst umgezogen, ändern Sie die Adresse des Kontos.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address with a user name or password.</source>
        <translation>%1 hat die Anfrage an eine Adresse mit Benutzername oder Passwort weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected an upload to %2; Almanac does not send it again there.</source>
        <translation>%1 hat einen Upload an %2 weitergeleitet; Almanac sendet ihn dort nicht erneut.</translation>
    </message>
    <message>
        <source>%1 moved the address (HTTP %2); change the account&apos;s address to where it moved.</source>
        <translation>%1 hat die Adresse verlegt (HTTP %2); ändern Sie die Adresse des Kontos auf die neue Adresse.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 resolves to %2.</source>
        <translation>Abgelehnt: %1 verweist auf %2.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut short: %2.</source>
        <translation>Die Antwort von %1 wurde vorzeitig abgebrochen: %2.</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportFlows</name>
    <message>
        <source>Import JSON Export</source>
        <translation>JSON-Export importieren</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %Ln Problem in %1.</numerusform>
            <numerusform>Nichts wurde importiert: %Ln Probleme in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln post(s).</source>
        <translation>
            <numerusform>%Ln Beitrag importiert.</numerusform>
            <numerusform>%Ln Beiträge importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %Ln post(s) removed.</source>
        <translation>
            <numerusform>Import rückgängig gemacht: %Ln Beitrag entfernt.</numerusform>
            <numerusform>Import rückgängig gemacht: %Ln Beiträge entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export Row Report…</source>
        <translation>Zeilenbericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the posts this import created? Posts you made or changed since are not touched; the history keeps its rows.</source>
        <translation>Die Beiträge entfernen, die dieser Import angelegt hat? Beiträge, die Sie seitdem erstellt oder geändert haben, bleiben unberührt; der Verlauf behält seine Zeilen.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Export Row Report</source>
        <translation>Zeilenbericht exportieren</translation>
    </message>
    <message>
        <source>%1 rows.csv</source>
        <translation>%1 Zeilen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Show &amp;details: each post&apos;s ID and the row as stored</source>
        <translation>&amp;Details zeigen: die ID jedes Beitrags und die Zeile, wie sie gespeichert ist</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportPreviewModel</name>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Clear to leave this row out of the import (it is recorded as excluded).</source>
        <translation>Abwählen, um diese Zeile vom Import auszuschließen (sie wird als ausgeschlossen festgehalten).</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportRowsModel</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Übersprungen (ungültig)</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Beitrags-ID</translation>
    </message>
    <message>
        <source>Row as stored</source>
        <translation>Zeile wie gespeichert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Left out in the preview</source>
        <translation>In der Vorschau ausgelassen</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Discard Your Fixes?</source>
        <translation>Ihre Korrekturen verwerfen?</translation>
    </message>
    <message>
        <source>You fixed or left out rows of %1. Closing now loses those changes; the file itself is not changed.</source>
        <translation>Sie haben Zeilen von %1 korrigiert oder ausgelassen. Wenn Sie jetzt schließen, gehen diese Änderungen verloren; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation>Korrekturen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Almanac::JsonImportDialog</name>
    <message>
        <source>Import JSON Export</source>
        <translation>JSON-Export importieren</translation>
    </message>
    <message numerus="yes">
        <source>Add the %Ln post(s) in %1 to the calendar?</source>
        <translation>
            <numerusform>Den %Ln Beitrag aus %1 in den Kalender übernehmen?</numerusform>
            <numerusform>Die %Ln Beiträge aus %1 in den Kalender übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They become one import, which Import History can undo.</source>
        <translation>Sie werden zu einem Import, den der Importverlauf rückgängig machen kann.</translation>
    </message>
    <message>
        <source>These posts would upload files from this computer. A plan from someone else can name any file, so check each one you expect to be published:</source>
        <translation>Diese Beiträge würden Dateien von diesem Computer hochladen. Ein Plan von jemand anderem kann jede beliebige Datei nennen; kreuzen Sie daher jede an, deren Veröffentlichung Sie erwarten:</translation>
    </message>
    <message>
        <source>Files from this computer</source>
        <translation>Dateien von diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Check every file to import the posts, or Cancel to import nothing.</source>
        <translation>Haken Sie jede Datei an, um die Beiträge zu importieren, oder brechen Sie ab, um nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>Almanac::LocalScheduler</name>
    <message>
        <source>Published %1.</source>
        <translation>%1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Will try %1 again: %2</source>
        <translation>%1 wird erneut versucht: %2</translation>
    </message>
    <message>
        <source>Missed %1.</source>
        <translation>%1 verpasst.</translation>
    </message>
    <message>
        <source>Could not publish %1: %2</source>
        <translation>%1 konnte nicht veröffentlicht werden: %2</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>„%1“ an %2</translation>
    </message>
    <message>
        <source>Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.</source>
        <translation>Verpasst: Er war am %1 fällig (%2 Minuten, bevor Almanac ihn veröffentlichen konnte). Versuchen Sie es erneut, um ihn jetzt zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Almanac cannot publish to %1 itself yet.</source>
        <translation>Almanac kann noch nicht selbst in %1 veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>Not sure %1 went out: %2</source>
        <translation>Unklar, ob %1 veröffentlicht wurde: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set aside: publishing it crashed or ran out of time %n time(s) in a row. Retry it once the account works again.</source>
        <translation>
            <numerusform>Zurückgestellt: Das Veröffentlichen ist %n-mal hintereinander abgestürzt oder hat zu lange gedauert. Versuchen Sie es erneut, sobald das Konto wieder funktioniert.</numerusform>
            <numerusform>Zurückgestellt: Das Veröffentlichen ist %n-mal hintereinander abgestürzt oder hat zu lange gedauert. Versuchen Sie es erneut, sobald das Konto wieder funktioniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not finish within %n minute(s); the account may be slow or stuck.</source>
        <translation>
            <numerusform>Es wurde nicht innerhalb von %n Minute fertig; das Konto ist vielleicht langsam oder hängt.</numerusform>
            <numerusform>Es wurde nicht innerhalb von %n Minuten fertig; das Konto ist vielleicht langsam oder hängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>--lease-seconds &quot;%1&quot; is not a number of seconds from 1 to 86400 (a day)</source>
        <translation>--lease-seconds „%1“ ist keine Zahl von Sekunden zwischen 1 und 86400 (ein Tag)</translation>
    </message>
</context>
<context>
    <name>Almanac::MainStatusBar</name>
    <message>
        <source>The time zone times are shown and entered in. Click to change it.</source>
        <translation>Die Zeitzone, in der Zeiten angezeigt und eingegeben werden. Zum Ändern klicken.</translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation>Synchronisierung startet …</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %Ln to sync</source>
        <translation>
            <numerusform>Offline · %Ln zu synchronisieren</numerusform>
            <numerusform>Offline · %Ln zu synchronisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing · %Ln to go</source>
        <translation>
            <numerusform>Synchronisiere · noch %Ln</numerusform>
            <numerusform>Synchronisiere · noch %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to sync</source>
        <translation>
            <numerusform>%Ln zu synchronisieren</numerusform>
            <numerusform>%Ln zu synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klicken, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Show and enter times in this time zone:</source>
        <translation>Zeiten in dieser Zeitzone anzeigen und eingeben:</translation>
    </message>
</context>
<context>
    <name>Almanac::MainWindow</name>
    <message>
        <source>Almanac</source>
        <translation>Almanac</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag …</translation>
    </message>
    <message>
        <source>Write a new post (%1)</source>
        <translation>Einen neuen Beitrag schreiben (%1)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Check a CSV file of posts and add them to the calendar</source>
        <translation>Eine CSV-Datei mit Beiträgen prüfen und in den Kalender übernehmen</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf …</translation>
    </message>
    <message>
        <source>Past imports, their rows, and Undo Import</source>
        <translation>Frühere Importe, ihre Zeilen und „Import rückgängig machen“</translation>
    </message>
    <message>
        <source>Import &amp;JSON Export…</source>
        <translation>&amp;JSON-Export importieren …</translation>
    </message>
    <message>
        <source>Add the posts of an Almanac JSON export</source>
        <translation>Die Beiträge eines JSON-Exports von Almanac hinzufügen</translation>
    </message>
    <message>
        <source>Import JSON Export</source>
        <translation>JSON-Export importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save posts as CSV, JSON or a calendar file</source>
        <translation>Beiträge als CSV, JSON oder Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet.</source>
        <translation>Zum Synchronisieren braucht es einen gehosteten Planungsdienst (OpenPost, PostEverywhere oder bundle.social); noch ist keiner eingerichtet.</translation>
    </message>
    <message>
        <source>Hos&amp;ted Schedulers…</source>
        <translation>&amp;Gehostete Planungsdienste …</translation>
    </message>
    <message>
        <source>Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to</source>
        <translation>Konten bei OpenPost, PostEverywhere oder bundle.social, mit denen Beiträge synchronisiert werden</translation>
    </message>
    <message>
        <source>&amp;Publishing Accounts…</source>
        <translation>Veröffentlichungs&amp;konten …</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself</source>
        <translation>Bluesky-, Mastodon-, Webhook-, Discord- und Slack-Konten, in denen Almanac selbst veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open Post</source>
        <translation>Beitrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation>Auf Datum &amp;verschieben …</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>&amp;Schlagwörter bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Almanac</source>
        <translation>&amp;Über Almanac</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Search text or #tag</source>
        <translation>Text oder #Schlagwort suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Unscheduled Drafts</source>
        <translation>Ungeplante Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Unscheduled Drafts</source>
        <translation>&amp;Ungeplante Entwürfe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed destination(s) queued again.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenes Ziel erneut eingereiht.</numerusform>
            <numerusform>%Ln fehlgeschlagene Ziele erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In view: %Ln post(s)</source>
        <translation>
            <numerusform>In der Ansicht: %Ln Beitrag</numerusform>
            <numerusform>In der Ansicht: %Ln Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln Entwurf</numerusform>
            <numerusform>%Ln Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled</source>
        <translation>
            <numerusform>%Ln geplant</numerusform>
            <numerusform>%Ln geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hidden by filters</source>
        <translation>
            <numerusform>%Ln durch Filter ausgeblendet</numerusform>
            <numerusform>%Ln durch Filter ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <source>That post is not in the store any more.</source>
        <translation>Dieser Beitrag ist nicht mehr im Datenbestand.</translation>
    </message>
    <message>
        <source>About Almanac</source>
        <translation>Über Almanac</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;An offline-first content calendar for social media managers: plan posts for every platform, import content plans from CSV, and publish when you are back online.&lt;/p&gt;&lt;p&gt;Your posts live in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Ein Offline-first-Redaktionskalender für Social-Media-Manager: Beiträge für jede Plattform planen, Redaktionspläne aus CSV importieren und veröffentlichen, sobald Sie wieder online sind.&lt;/p&gt;&lt;p&gt;Ihre Beiträge liegen in einer Datei auf diesem Computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) could not be published: %1</source>
        <translation>
            <numerusform>%Ln Beitrag konnte nicht veröffentlicht werden: %1</numerusform>
            <numerusform>%Ln Beiträge konnten nicht veröffentlicht werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %Ln post(s).</source>
        <translation>
            <numerusform>%Ln Beitrag veröffentlicht.</numerusform>
            <numerusform>%Ln Beiträge veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cannot start: %1</source>
        <translation>Die Synchronisierung kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Send what changed to your hosted schedulers now (F5)</source>
        <translation>Änderungen jetzt an Ihre gehosteten Planungsdienste senden (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Language, time zone, the accounts new posts go to, publishing and backups</source>
        <translation>Sprache, Zeitzone, die Konten neuer Beiträge, Veröffentlichen und Sicherungen</translation>
    </message>
    <message>
        <source>Almanac speaks %1 from the next start.</source>
        <translation>Almanac spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the list.</source>
        <translation>%1 ist nicht mehr vorhanden; die Datei wurde von der Liste genommen.</translation>
    </message>
    <message>
        <source>No files imported yet</source>
        <translation>Noch keine Dateien importiert</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Publishing is paused until you resume it from the tray or restart Almanac.</source>
        <translation>Das Veröffentlichen ist angehalten, bis Sie es über das Symbol im Systembereich fortsetzen oder Almanac neu starten.</translation>
    </message>
    <message>
        <source>Publishing resumed.</source>
        <translation>Veröffentlichen fortgesetzt.</translation>
    </message>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Dupli&amp;cate a Week Later</source>
        <translation>Eine Woche später d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Fa&amp;iled Posts</source>
        <translation>Fehlgeschlagene &amp;Beiträge</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln destination(s) as published.</source>
        <translation>
            <numerusform>%Ln Ziel als veröffentlicht markiert.</numerusform>
            <numerusform>%Ln Ziele als veröffentlicht markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>Your calendar is empty. Double-click a day to write a post, connect the accounts to post to, or import a content plan from a CSV file (you can also drop the file on this window).</source>
        <translation>Ihr Kalender ist leer. Doppelklicken Sie auf einen Tag, um einen Beitrag zu schreiben, verbinden Sie die Konten, auf denen Sie posten, oder importieren Sie einen Redaktionsplan aus einer CSV-Datei (Sie können die Datei auch auf dieses Fenster ziehen).</translation>
    </message>
    <message>
        <source>Connect an Account…</source>
        <translation>Konto verbinden …</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Show &amp;Failed Posts</source>
        <translation>&amp;Fehlgeschlagene Beiträge zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Almanac::MapPage</name>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolon getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulator getrennt</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Check what each column of the file means. Columns Almanac does not know are ignored (their values are kept in the import history).</source>
        <translation>Prüfen Sie, was jede Spalte der Datei bedeutet. Spalten, die Almanac nicht kennt, werden ignoriert (ihre Werte bleiben im Importverlauf erhalten).</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone.</source>
        <translation>Zeiten in der Datei ohne Versatz (etwa 2026-05-01 09:00) werden in dieser Zone gelesen.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation>Zeiten ohne Versatz sind in:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %Ln column(s)</source>
        <translation>
            <numerusform>%1, %2, %Ln Spalte</numerusform>
            <numerusform>%1, %2, %Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be ignored.</source>
        <translation>
            <numerusform>%Ln Spalte wird ignoriert.</numerusform>
            <numerusform>%Ln Spalten werden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and what each is read as</source>
        <translation>Spalten der Datei und wie jede gelesen wird</translation>
    </message>
    <message>
        <source>Day first (31/12/2027, 31.12.2027)</source>
        <translation>Tag zuerst (31/12/2027, 31.12.2027)</translation>
    </message>
    <message>
        <source>Month first (12/31/2027)</source>
        <translation>Monat zuerst (12/31/2027)</translation>
    </message>
    <message>
        <source>Year first (2027/12/31)</source>
        <translation>Jahr zuerst (2027/12/31)</translation>
    </message>
    <message>
        <source>How dates such as 05/03/2027 are read: 5 March (day first) or 3 May (month first).</source>
        <translation>Wie Datumsangaben wie 05/03/2027 gelesen werden: 5. März (Tag zuerst) oder 3. Mai (Monat zuerst).</translation>
    </message>
    <message>
        <source>Dates are &amp;written:</source>
        <translation>Datums&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>This file writes the day first: some of its dates have a day above 12.</source>
        <translation>Diese Datei schreibt den Tag zuerst: Einige ihrer Daten haben einen Tag über 12.</translation>
    </message>
    <message>
        <source>This file writes the month first: some of its dates have a day above 12 in second place.</source>
        <translation>Diese Datei schreibt den Monat zuerst: Einige ihrer Daten haben an zweiter Stelle einen Tag über 12.</translation>
    </message>
    <message>
        <source>Reading how this file writes its dates…</source>
        <translation>Lesen, wie diese Datei ihre Datumsangaben schreibt …</translation>
    </message>
    <message>
        <source>Nothing in this file shows whether a date written like 05/03/2027 means 5 March or 3 May: choose how its dates are written.</source>
        <translation>Nichts in dieser Datei zeigt, ob ein Datum wie 05/03/2027 der 5. März oder der 3. Mai ist: Wählen Sie, wie ihre Daten geschrieben sind.</translation>
    </message>
    <message>
        <source>Found from its dates (a day after the 12th shows the order)</source>
        <translation>Aus den Daten erkannt (ein Tag nach dem 12. zeigt die Reihenfolge)</translation>
    </message>
</context>
<context>
    <name>Almanac::MediaStrip</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Drop image or video files here</source>
        <translation>Bild- oder Videodateien hier ablegen</translation>
    </message>
    <message>
        <source>Paste an image or video URL and press Enter</source>
        <translation>Bild- oder Video-URL einfügen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>Medien-URL</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (nur für %2)</translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)</source>
        <translation>Bilder und Videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Alt text of the selected picture</source>
        <translation>Alternativtext des ausgewählten Bildes</translation>
    </message>
    <message>
        <source>Alt text: describe the selected picture for people who cannot see it</source>
        <translation>Alternativtext: Beschreiben Sie das ausgewählte Bild für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <source>%1 · ALT</source>
        <translation>%1 · ALT</translation>
    </message>
    <message>
        <source>No alt text yet.</source>
        <translation>Noch kein Alternativtext.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Alternativtext: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: paste one such as https://example.com/photo.jpg, or add a file with Add Files.</source>
        <translation>„%1“ ist keine Webadresse: Fügen Sie eine ein, etwa https://example.com/photo.jpg, oder fügen Sie mit „Dateien hinzufügen“ eine Datei hinzu.</translation>
    </message>
</context>
<context>
    <name>Almanac::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Almanac::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln weiterer</numerusform>
            <numerusform>+%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected, among the day&apos;s other posts: %1. Enter opens it.</source>
        <translation>Ausgewählt, unter den weiteren Beiträgen des Tages: %1. Eingabe öffnet ihn.</translation>
    </message>
</context>
<context>
    <name>Almanac::MoveTimesDialog</name>
    <message>
        <source>Move Times</source>
        <translation>Zeiten verschieben</translation>
    </message>
    <message>
        <source>How far to move the times (below zero: earlier)</source>
        <translation>Wie weit die Zeiten verschoben werden (unter null: früher)</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Verschieben um:</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Row(s)</source>
        <translation>
            <numerusform>%Ln Zeile verschieben</numerusform>
            <numerusform>%Ln Zeilen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Each selected row&apos;s date moves, its time of day stays; each is checked again at once. Below zero moves them earlier.</source>
        <translation>Das Datum jeder markierten Zeile wird verschoben, die Uhrzeit bleibt; jede wird sofort erneut geprüft. Unter null werden sie früher.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln Woche</numerusform>
            <numerusform>%Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected rows has a time that could be read: fix those with Set a Column.</source>
        <translation>Keine der markierten Zeilen hat eine lesbare Zeit: Korrigieren Sie sie mit „Eine Spalte festlegen“.</translation>
    </message>
    <message>
        <source>%1 becomes %2.</source>
        <translation>%1 wird zu %2.</translation>
    </message>
    <message>
        <source>The earliest, %1, becomes %2; the latest, %3, becomes %4.</source>
        <translation>Die früheste, %1, wird zu %2; die späteste, %3, wird zu %4.</translation>
    </message>
    <message>
        <source>Some would still be in the past.</source>
        <translation>Einige lägen dann noch in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Some would be further ahead than a post may be scheduled (%1).</source>
        <translation>Einige lägen weiter in der Zukunft, als ein Beitrag geplant werden darf (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows go to %1 at the same minute (%2), and moved they still will: most networks take a burst like that as spam. Give them different times with Set a Column if that is not meant.</source>
        <translation>
            <numerusform>%Ln dieser Zeilen geht zur selben Minute (%2) an %1, und verschoben bleibt es so: Die meisten Netzwerke halten so eine Häufung für Spam. Geben Sie ihnen mit „Eine Spalte festlegen“ verschiedene Zeiten, wenn das nicht gewollt ist.</numerusform>
            <numerusform>%Ln dieser Zeilen gehen zur selben Minute (%2) an %1, und verschoben bleibt es so: Die meisten Netzwerke halten so eine Häufung für Spam. Geben Sie ihnen mit „Eine Spalte festlegen“ verschiedene Zeiten, wenn das nicht gewollt ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MoveToDateDialog</name>
    <message>
        <source>Move Posts</source>
        <translation>Beiträge verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag verschieben</numerusform>
            <numerusform>%Ln Beiträge verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Each post keeps its time of day.</source>
        <translation>Jeder Beitrag behält seine Uhrzeit.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>Almanac::PlatformTab</name>
    <message>
        <source>Text for %1</source>
        <translation>Text für %1</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post, counted as %1 counts them.</source>
        <translation>Zu lang für %1: Es nimmt höchstens %2 Zeichen pro Beitrag an, gezählt wie %1 zählt.</translation>
    </message>
    <message>
        <source>The text %1</source>
        <translation>Der Text %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Write a different te&amp;xt for %1</source>
        <translation>Eigenen Te&amp;xt für %1 schreiben</translation>
    </message>
    <message>
        <source>Split into T&amp;hread</source>
        <translation>&amp;In Thread aufteilen</translation>
    </message>
    <message>
        <source>Make %1&apos;s text a thread of numbered posts that each fit its limit. The other platforms keep one post.</source>
        <translation>Macht den Text für %1 zu einem Thread aus nummerierten Beiträgen, die jeweils in sein Limit passen. Die anderen Plattformen behalten einen Beitrag.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) in the thread</source>
        <translation>
            <numerusform>%Ln Beitrag im Thread</numerusform>
            <numerusform>%Ln Beiträge im Thread</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 / %4 bytes</source>
        <translation>%1 / %2 · %3 / %4 Bytes</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters and %3 bytes per post.</source>
        <translation>Zu lang für %1: Es nimmt höchstens %2 Zeichen und %3 Bytes pro Beitrag an.</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
</context>
<context>
    <name>Almanac::PostListModel</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Almanac::PostPreview</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation>Beitrag %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not shown: %1 shows at most %2</source>
        <translation>
            <numerusform>%Ln weiteres nicht angezeigt: %1 zeigt höchstens %2</numerusform>
            <numerusform>%Ln weitere nicht angezeigt: %1 zeigt höchstens %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No alt text: select the picture in Media and describe it, so people who cannot see it know what it shows.</source>
        <translation>Kein Alternativtext: Wählen Sie das Bild unter Medien aus und beschreiben Sie es, damit Menschen, die es nicht sehen können, wissen, was es zeigt.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Alternativtext: %1</translation>
    </message>
    <message>
        <source>Link card: its title and picture are read from the page when the post goes out.</source>
        <translation>Linkkarte: Titel und Bild werden beim Veröffentlichen von der Seite gelesen.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link. Turn it off in %1 settings below the text.</source>
        <translation>Die Karte, die %1 für den Link zeigt. Abschalten unter „Einstellungen für %1“ unter dem Text.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link.</source>
        <translation>Die Karte, die %1 für den Link zeigt.</translation>
    </message>
    <message>
        <source>No link card: with pictures, %1 shows them instead.</source>
        <translation>Keine Linkkarte: Mit Bildern zeigt %1 stattdessen diese.</translation>
    </message>
</context>
<context>
    <name>Almanac::PreviewPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <source>Double-click a cell, or a field below, to fix it. Clear a row&apos;s box to leave it out; it is recorded in the import history as excluded.</source>
        <translation>Doppelklicken Sie auf eine Zelle oder ein Feld unten, um es zu korrigieren. Entfernen Sie das Häkchen einer Zeile, um sie auszulassen; sie wird im Importverlauf als ausgeschlossen festgehalten.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>Alle %1 Zeilen geprüft.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows; nothing was written. Check the whole file to go on.</source>
        <translation>Nach %1 Zeilen angehalten; nichts wurde geschrieben. Prüfen Sie die ganze Datei, um fortzufahren.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>%1 valid</source>
        <translation>%1 gültig</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 mit Fehlern</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 mit Warnungen</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 ausgeschlossen</translation>
    </message>
    <message>
        <source>Select a row to see all its fields.</source>
        <translation>Wählen Sie eine Zeile, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <source>Row %1, every field:</source>
        <translation>Zeile %1, alle Felder:</translation>
    </message>
    <message>
        <source>Rows of the file, as checked</source>
        <translation>Zeilen der Datei, wie geprüft</translation>
    </message>
    <message>
        <source>Every field of the selected row</source>
        <translation>Alle Felder der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>&amp;Leave Out Rows with Errors</source>
        <translation>Zeilen mit Fehlern aus&amp;lassen</translation>
    </message>
    <message>
        <source>Clear the box of every row with errors: they are recorded as excluded, and the others can be imported.</source>
        <translation>Entfernt das Häkchen jeder Zeile mit Fehlern: Sie werden als ausgelassen verzeichnet, und die übrigen können importiert werden.</translation>
    </message>
    <message>
        <source>This field has an error.</source>
        <translation>Dieses Feld hat einen Fehler.</translation>
    </message>
    <message>
        <source>Leave &amp;Out This Row</source>
        <translation>Diese Zeile &amp;weglassen</translation>
    </message>
    <message>
        <source>&amp;Include This Row</source>
        <translation>Diese Zeile &amp;einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Fix This Cell</source>
        <translation>Diese Zelle &amp;korrigieren</translation>
    </message>
    <message>
        <source>Set a Col&amp;umn…</source>
        <translation>Eine Spalte &amp;festlegen…</translation>
    </message>
    <message>
        <source>Space includes or excludes the selected rows; F2 or a double-click fixes a cell. Select several rows (Shift or Ctrl and a click) to set a column for all of them.</source>
        <translation>Die Leertaste nimmt die ausgewählten Zeilen auf oder lässt sie aus; F2 oder ein Doppelklick korrigiert eine Zelle. Wählen Sie mehrere Zeilen (Umschalt oder Strg und ein Klick), um eine Spalte für alle festzulegen.</translation>
    </message>
    <message>
        <source>Give one column the same value in every selected row.</source>
        <translation>Gibt einer Spalte in jeder ausgewählten Zeile denselben Wert.</translation>
    </message>
    <message numerus="yes">
        <source>Leave &amp;Out the %Ln Selected Rows</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Zeile &amp;weglassen</numerusform>
            <numerusform>Die %Ln ausgewählten Zeilen &amp;weglassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %Ln Selected Rows</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Zeile &amp;aufnehmen</numerusform>
            <numerusform>Die %Ln ausgewählten Zeilen &amp;aufnehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Set Column</source>
        <translation>Festlegen rück&amp;gängig machen</translation>
    </message>
    <message>
        <source>Once the file is checked, its commonest problems are listed here too: choose one to see only its rows, then select them all (Ctrl+A) to fix them together with Set a Column or leave them out with Space.</source>
        <translation>Sobald die Datei geprüft ist, stehen hier auch ihre häufigsten Probleme: Wählen Sie eines, um nur seine Zeilen zu sehen, und markieren Sie dann alle (Strg+A), um sie mit „Eine Spalte festlegen“ gemeinsam zu korrigieren oder mit der Leertaste auszulassen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln Zeile: %1</numerusform>
            <numerusform>%Ln Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Times…</source>
        <translation>Zeiten &amp;verschieben…</translation>
    </message>
    <message>
        <source>Move the selected rows&apos; dates by days, weeks, months or years (last year&apos;s plan to this year, say); each keeps its time of day.</source>
        <translation>Verschiebt das Datum der markierten Zeilen um Tage, Wochen, Monate oder Jahre (etwa den Plan des letzten Jahres in dieses); jede behält ihre Uhrzeit.</translation>
    </message>
    <message>
        <source>The rows have their values from before again.</source>
        <translation>Die Zeilen haben wieder ihre vorherigen Werte.</translation>
    </message>
    <message>
        <source>Und&amp;o Move Times</source>
        <translation>Verschieben rück&amp;gängig machen</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; set for %Ln row(s).</source>
        <translation>
            <numerusform>„%1“ für %Ln Zeile festgelegt.</numerusform>
            <numerusform>„%1“ für %Ln Zeilen festgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The times of %Ln row(s) moved.</source>
        <translation>
            <numerusform>Die Zeit von %Ln Zeile wurde verschoben.</numerusform>
            <numerusform>Die Zeiten von %Ln Zeilen wurden verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them fell on a day their month does not have and went to its last day.</source>
        <translation>
            <numerusform>%Ln davon fiel auf einen Tag, den ihr Monat nicht hat, und rückte auf dessen letzten Tag.</numerusform>
            <numerusform>%Ln davon fielen auf einen Tag, den ihr Monat nicht hat, und rückten auf dessen letzten Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) had no time that could be read and stayed as they were.</source>
        <translation>
            <numerusform>%Ln Zeile hatte keine lesbare Zeit und blieb, wie sie war.</numerusform>
            <numerusform>%Ln Zeilen hatten keine lesbare Zeit und blieben, wie sie waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To go on, fix or leave out the %Ln row(s) with errors.</source>
        <translation>
            <numerusform>Um weiterzumachen, korrigieren Sie die %Ln Zeile mit Fehlern oder lassen Sie sie aus.</numerusform>
            <numerusform>Um weiterzumachen, korrigieren Sie die %Ln Zeilen mit Fehlern oder lassen Sie sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Leave Out</source>
        <translation>Auslassen rück&amp;gängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out.</source>
        <translation>
            <numerusform>%Ln Zeile mit Fehlern ausgelassen.</numerusform>
            <numerusform>%Ln Zeilen mit Fehlern ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is left out: include one to go on.</source>
        <translation>Alle Zeilen sind ausgelassen: Nehmen Sie eine auf, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The rows left out are in again.</source>
        <translation>Die ausgelassenen Zeilen sind wieder dabei.</translation>
    </message>
    <message>
        <source>The rows have their times from before again.</source>
        <translation>Die Zeilen haben wieder ihre vorherigen Zeiten.</translation>
    </message>
    <message>
        <source>Re&amp;do Leave Out</source>
        <translation>Auslassen wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Re&amp;do Set Column</source>
        <translation>Festlegen wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Re&amp;do Move Times</source>
        <translation>Verschieben wiede&amp;rholen</translation>
    </message>
    <message>
        <source>%1 excluded (%2 with errors)</source>
        <translation>%1 ausgeschlossen (%2 mit Fehlern)</translation>
    </message>
    <message>
        <source>Rows with errors (%1)</source>
        <translation>Zeilen mit Fehlern (%1)</translation>
    </message>
    <message>
        <source>Rows with warnings (%1)</source>
        <translation>Zeilen mit Warnungen (%1)</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Alle Zeilen (%1)</translation>
    </message>
</context>
<context>
    <name>Almanac::ProvidersDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Hosted Schedulers</source>
        <translation>Gehostete Planungsdienste</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation> Anfragen pro Minute</translation>
    </message>
    <message>
        <source>bundle.social only</source>
        <translation>nur bundle.social</translation>
    </message>
    <message>
        <source>stored in the system keychain, never in Almanac&apos;s files</source>
        <translation>im Schlüsselbund des Systems gespeichert, nie in Almanacs Dateien</translation>
    </message>
    <message>
        <source>Remote account</source>
        <translation>Entferntes Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation>Anbieter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Einen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Test the connection to list the provider&apos;s accounts, then add the ones to post to.</source>
        <translation>Testen Sie die Verbindung, um die Konten des Anbieters aufzulisten, und fügen Sie dann die hinzu, in denen gepostet werden soll.</translation>
    </message>
    <message>
        <source>Add the account you have at a hosted scheduler; Almanac then syncs the posts of the integrations that go through it.</source>
        <translation>Fügen Sie Ihr Konto bei einem gehosteten Planungsdienst hinzu; Almanac synchronisiert dann die Beiträge der Integrationen, die darüber laufen.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key; it goes into the system keychain.</source>
        <translation>Geben Sie den API-Schlüssel des Anbieters ein; er kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source> It is a test key: nothing is published for real with it.</source>
        <translation> Es ist ein Testschlüssel: Damit wird nichts wirklich veröffentlicht.</translation>
    </message>
    <message>
        <source> It is a live key: posts go out for real.</source>
        <translation> Es ist ein Live-Schlüssel: Beiträge gehen wirklich hinaus.</translation>
    </message>
    <message>
        <source>The provider was added, but its key was not stored: %1</source>
        <translation>Der Anbieter wurde hinzugefügt, aber sein Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Added %1. Test the connection to see its accounts.</source>
        <translation>%1 hinzugefügt. Testen Sie die Verbindung, um seine Konten zu sehen.</translation>
    </message>
    <message>
        <source>%1&apos;s API has no read-only call to test with; the key is checked at the first sync.</source>
        <translation>Die API von %1 hat keinen rein lesenden Aufruf zum Testen; der Schlüssel wird bei der ersten Synchronisierung geprüft.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation>%1 hat die Verbindung nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %Ln account(s). Add the ones to post to.</source>
        <translation>
            <numerusform>Mit %1 verbunden: %Ln Konto. Fügen Sie die hinzu, in denen gepostet werden soll.</numerusform>
            <numerusform>Mit %1 verbunden: %Ln Konten. Fügen Sie die hinzu, in denen gepostet werden soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Added %1: posts to it now sync through %2.</source>
        <translation>%1 hinzugefügt: Beiträge dorthin werden jetzt über %2 synchronisiert.</translation>
    </message>
    <message>
        <source>Accounts at the provider</source>
        <translation>Konten beim Anbieter</translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>None yet. Fill in &quot;Add a provider&quot; with the account you have at OpenPost, PostEverywhere or bundle.social.</source>
        <translation>Noch keiner. Tragen Sie unter „Einen Anbieter hinzufügen“ Ihr Konto bei OpenPost, PostEverywhere oder bundle.social ein.</translation>
    </message>
    <message>
        <source>Store the account&apos;s API key again: one that was never stored, mistyped, or replaced at the provider</source>
        <translation>Den API-Schlüssel des Kontos neu speichern: einen, der nie gespeichert, falsch eingegeben oder beim Anbieter ersetzt wurde</translation>
    </message>
    <message>
        <source>API Key of %1</source>
        <translation>API-Schlüssel von %1</translation>
    </message>
    <message>
        <source>The API key of %1. It goes into the system keychain, in the place of the one there, if any:</source>
        <translation>Der API-Schlüssel von %1. Er kommt in den Systemschlüsselbund, anstelle des dort gespeicherten, falls vorhanden:</translation>
    </message>
    <message>
        <source>No key was entered: the keychain keeps what it had for %1.</source>
        <translation>Kein Schlüssel eingegeben: Der Schlüsselbund behält, was er für %1 hatte.</translation>
    </message>
    <message>
        <source>The key of %1 was not stored: %2</source>
        <translation>Der Schlüssel von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The key of %1 is in the system keychain. Test the connection to check it.</source>
        <translation>Der Schlüssel von %1 ist im Systemschlüsselbund. Testen Sie die Verbindung, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Set API Key…</source>
        <translation>API-Schlüssel &amp;festlegen …</translation>
    </message>
</context>
<context>
    <name>Almanac::PublishingIndicator</name>
    <message>
        <source>almanacd running</source>
        <translation>almanacd läuft</translation>
    </message>
    <message>
        <source>almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, also while this window is closed.</source>
        <translation>almanacd (Prozess %1) veröffentlicht fällige Beiträge in Ihren Bluesky-, Mastodon- und Webhook-Konten, auch wenn dieses Fenster geschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Last round at %1 (one every %Ln second(s)).</source>
        <translation>
            <numerusform>Letzte Runde um %1 (eine alle %Ln Sekunde).</numerusform>
            <numerusform>Letzte Runde um %1 (eine alle %Ln Sekunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Started at %1; no round finished yet.</source>
        <translation>Gestartet um %1; noch keine Runde beendet.</translation>
    </message>
    <message>
        <source>Since it started at %1: %2 published, %3 failed or missed.</source>
        <translation>Seit dem Start um %1: %2 veröffentlicht, %3 fehlgeschlagen oder verpasst.</translation>
    </message>
    <message>
        <source>Publishing while open</source>
        <translation>Veröffentlicht, solange geöffnet</translation>
    </message>
    <message>
        <source>almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published only while this window is open.</source>
        <translation>almanacd läuft nicht: Fällige Beiträge in Ihren Bluesky-, Mastodon- und Webhook-Konten werden nur veröffentlicht, solange dieses Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>almanacd was last heard from at %1.</source>
        <translation>almanacd hat sich zuletzt um %1 gemeldet.</translation>
    </message>
    <message>
        <source>Latest (%1, %2): %3</source>
        <translation>Zuletzt (%1, %2): %3</translation>
    </message>
    <message>
        <source>To publish while the window is closed, turn it on in Settings, Publishing.</source>
        <translation>Um bei geschlossenem Fenster zu veröffentlichen, schalten Sie es in Einstellungen, Veröffentlichen ein.</translation>
    </message>
</context>
<context>
    <name>Almanac::ResultPage</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>The new posts are selected in the calendar.</source>
        <translation>Die neuen Beiträge sind im Kalender ausgewählt.</translation>
    </message>
    <message>
        <source>Remove exactly the posts this import created</source>
        <translation>Genau die Beiträge entfernen, die dieser Import angelegt hat</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf …</translation>
    </message>
    <message>
        <source>The import was undone: its posts are gone; the import history keeps its rows.</source>
        <translation>Der Import wurde rückgängig gemacht: Seine Beiträge sind entfernt; der Importverlauf behält seine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) from %1 are in your calendar.</source>
        <translation>
            <numerusform>%Ln Beitrag aus %1 ist in Ihrem Kalender.</numerusform>
            <numerusform>%Ln Beiträge aus %1 sind in Ihrem Kalender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded row(s) are recorded in the import history.</source>
        <translation>
            <numerusform>%Ln ausgeschlossene Zeile ist im Importverlauf festgehalten.</numerusform>
            <numerusform>%Ln ausgeschlossene Zeilen sind im Importverlauf festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The import was not undone; the message in the window says why.</source>
        <translation>Der Import wurde nicht rückgängig gemacht; die Meldung im Fenster sagt, warum.</translation>
    </message>
</context>
<context>
    <name>Almanac::SetColumnDialog</name>
    <message>
        <source>Set a Column</source>
        <translation>Eine Spalte festlegen</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignoriert)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message numerus="yes">
        <source>Set for %Ln Row(s)</source>
        <translation>
            <numerusform>Für %Ln Zeile festlegen</numerusform>
            <numerusform>Für %Ln Zeilen festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected row gets this value; each is checked again at once.</source>
        <translation>Jede ausgewählte Zeile erhält diesen Wert; jede wird sofort erneut geprüft.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Eines von: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::SettingsDialog</name>
    <message>
        <source>P&amp;ublish due posts while this window is open</source>
        <translation>Fällige Beiträge ver&amp;öffentlichen, solange dieses Fenster geöffnet ist</translation>
    </message>
    <message>
        <source>&amp;Back up the store every day</source>
        <translation>Datenbestand &amp;täglich sichern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New Posts</source>
        <translation>Neue Beiträge</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Times are shown and entered in this zone; posts keep their moment in time.</source>
        <translation>Zeiten werden in dieser Zone angezeigt und eingegeben; Beiträge behalten ihren Zeitpunkt.</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>A new post goes to these &amp;accounts:</source>
        <translation>Ein neuer Beitrag geht an diese &amp;Konten:</translation>
    </message>
    <message>
        <source>Accounts a new post goes to</source>
        <translation>Konten, an die ein neuer Beitrag geht</translation>
    </message>
    <message>
        <source>Publish a missed post if it is at most</source>
        <translation>Verpassten Beitrag veröffentlichen, wenn höchstens</translation>
    </message>
    <message>
        <source> minutes late</source>
        <translation> Minuten verspätet</translation>
    </message>
    <message>
        <source>When the computer was asleep or off at a post&apos;s time, it is published when Almanac runs again if it is at most this late. Later ones wait in Failed Posts for you to publish anyway or reschedule.</source>
        <translation>Waren der Computer zur Zeit eines Beitrags im Ruhezustand oder aus, wird er beim nächsten Start von Almanac veröffentlicht, wenn er höchstens so viel Verspätung hat. Spätere warten unter „Fehlgeschlagene Beiträge“, bis Sie sie trotzdem veröffentlichen oder neu planen.</translation>
    </message>
    <message>
        <source>Publishing &amp;Accounts…</source>
        <translation>Veröffentlichungs&amp;konten …</translation>
    </message>
    <message>
        <source>&amp;Hosted Schedulers…</source>
        <translation>&amp;Gehostete Planungsdienste …</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Folder for Backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> neueste Kopien</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>A copy is made when Almanac starts and every few hours while it runs, once a day. Restoring a backup also keeps the store as it was in this folder first.</source>
        <translation>Eine Kopie entsteht beim Start von Almanac und alle paar Stunden im Betrieb, einmal pro Tag. Eine Wiederherstellung legt den bisherigen Datenbestand ebenfalls zuerst in diesem Ordner ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine aus der Liste, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups (a full path, such as %1).</source>
        <translation>Wählen Sie einen Ordner für die Sicherungen (einen vollständigen Pfad, etwa %1).</translation>
    </message>
    <message>
        <source>Allow media from my &amp;local network</source>
        <translation>Medien aus meinem &amp;lokalen Netzwerk zulassen</translation>
    </message>
    <message>
        <source>When this is off, Almanac fetches a post&apos;s pictures and videos only from public web addresses, so a plan from someone else cannot make it fetch files from this computer or your office network. Turn it on if your team serves media on the local network.</source>
        <translation>Ist dies aus, ruft Almanac Bilder und Videos eines Beitrags nur von öffentlichen Webadressen ab, damit ein Plan von anderen es keine Dateien von diesem Computer oder aus Ihrem Büronetz abrufen lassen kann. Schalten Sie es ein, wenn Ihr Team Medien im lokalen Netzwerk bereitstellt.</translation>
    </message>
    <message>
        <source>A post with a date but no time is &amp;posted at</source>
        <translation>Ein Beitrag mit Datum, aber ohne Uhrzeit wird &amp;veröffentlicht um</translation>
    </message>
    <message>
        <source>For a spreadsheet that gives only a date, and a draft dropped on a day of the month.</source>
        <translation>Für eine Tabelle, die nur ein Datum angibt, und für einen Entwurf, der auf einen Tag im Monat gezogen wird.</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, Discord, Slack and webhook accounts are published to by Almanac itself: by this window while it is open, and by almanacd in the background.</source>
        <translation>Auf Bluesky-, Mastodon-, Discord-, Slack- und Webhook-Konten veröffentlicht Almanac selbst: dieses Fenster, solange es geöffnet ist, und almanacd im Hintergrund.</translation>
    </message>
    <message>
        <source>This store is thrown away when the window closes, so nothing publishes it while the window is closed.</source>
        <translation>Dieser Datenbestand wird beim Schließen des Fensters verworfen, daher veröffentlicht ihn nichts bei geschlossenem Fenster.</translation>
    </message>
    <message>
        <source>With none checked, a new post starts on the accounts your last saved post went to (the first one: every account that takes a post without pictures). The composer can always change it.</source>
        <translation>Ist keines angekreuzt, beginnt ein neuer Beitrag mit den Konten, an die Ihr zuletzt gespeicherter Beitrag ging (der erste: alle Konten, die einen Beitrag ohne Bilder annehmen). Im Editor lässt sich das jederzeit ändern.</translation>
    </message>
</context>
<context>
    <name>Almanac::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>Im Kalender</translation>
    </message>
    <message>
        <source>Move between days</source>
        <translation>Zwischen Tagen wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Select the day&apos;s posts one by one</source>
        <translation>Die Beiträge des Tages nacheinander auswählen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Open the selected post, or start one on the day</source>
        <translation>Ausgewählten Beitrag öffnen oder einen am Tag beginnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Delete the selected posts</source>
        <translation>Ausgewählte Beiträge löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy a post while dragging it</source>
        <translation>Einen Beitrag beim Ziehen kopieren</translation>
    </message>
    <message>
        <source>Ctrl, held</source>
        <translation>Strg gedrückt halten</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>Im Editor</translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation>Beitrag planen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>AM or PM in a time</source>
        <translation>AM oder PM in einer Uhrzeit</translation>
    </message>
    <message>
        <source>A or P</source>
        <translation>A oder P</translation>
    </message>
    <message>
        <source>In the import preview</source>
        <translation>In der Importvorschau</translation>
    </message>
    <message>
        <source>Fix a cell</source>
        <translation>Eine Zelle korrigieren</translation>
    </message>
    <message>
        <source>F2, or a double-click</source>
        <translation>F2 oder Doppelklick</translation>
    </message>
    <message>
        <source>Include or leave out the selected rows</source>
        <translation>Ausgewählte Zeilen einschließen oder auslassen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Select every row shown</source>
        <translation>Alle angezeigten Zeilen auswählen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Strg+A</translation>
    </message>
    <message>
        <source>Undo, redo a step</source>
        <translation>Einen Schritt rückgängig machen, wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Strg+Z, Strg+Umschalt+Z oder Strg+Y</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Im Suchfeld</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>Almanac::SyncEngine</name>
    <message>
        <source>The destination %1 has no provider account to sync through.</source>
        <translation>Das Ziel %1 hat kein Anbieterkonto, über das synchronisiert werden kann.</translation>
    </message>
    <message>
        <source>Cannot publish: the post never reached the provider.</source>
        <translation>Veröffentlichen nicht möglich: Der Beitrag hat den Anbieter nie erreicht.</translation>
    </message>
    <message>
        <source>The system reports no network connection.</source>
        <translation>Das System meldet keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;.</source>
        <translation>Es gibt kein Anbieterkonto „%1“.</translation>
    </message>
    <message>
        <source>A later group of the same import was refused, so the import was cancelled at %1: %2</source>
        <translation>Eine spätere Gruppe desselben Imports wurde abgelehnt, daher wurde der Import bei %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>Could not cancel the group %1 at %2: %3</source>
        <translation>Die Gruppe %1 konnte bei %2 nicht abgebrochen werden: %3</translation>
    </message>
</context>
<context>
    <name>Almanac::ThreadEditor</name>
    <message>
        <source>Add &amp;Part</source>
        <translation>&amp;Teil hinzufügen</translation>
    </message>
    <message>
        <source>Make &amp;One Post</source>
        <translation>Zu &amp;einem Beitrag machen</translation>
    </message>
    <message>
        <source>Join the parts into one post for %1.</source>
        <translation>Fügt die Teile zu einem Beitrag für %1 zusammen.</translation>
    </message>
    <message>
        <source>Merge Up</source>
        <translation>Nach oben anfügen</translation>
    </message>
    <message>
        <source>Move this part&apos;s text to the end of the part above, and remove this part.</source>
        <translation>Hängt den Text dieses Teils an den Teil darüber an und entfernt diesen Teil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Post %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beitrag %1 von %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Post %1 of the thread on %2</source>
        <translation>Beitrag %1 des Threads auf %2</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post.</source>
        <translation>Zu lang für %1: Es nimmt höchstens %2 Zeichen pro Beitrag an.</translation>
    </message>
</context>
<context>
    <name>Almanac::Thumbnails</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Almanac::TrayIcon</name>
    <message>
        <source>&amp;Pause Publishing</source>
        <translation>Veröffentlichen &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Show Almanac</source>
        <translation>Almanac &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Almanac · publishing paused</source>
        <translation>Almanac · Veröffentlichen angehalten</translation>
    </message>
    <message>
        <source>Almanac · publishing</source>
        <translation>Almanac · veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) scheduled</source>
        <translation>
            <numerusform>%Ln Beitrag geplant</numerusform>
            <numerusform>%Ln Beiträge geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::UnscheduledPanel</name>
    <message>
        <source>Drafts without a date appear here. Drag one onto a day to schedule it.</source>
        <translation>Entwürfe ohne Datum erscheinen hier. Ziehen Sie einen auf einen Tag, um ihn zu planen.</translation>
    </message>
    <message>
        <source>Drafts without a date</source>
        <translation>Entwürfe ohne Datum</translation>
    </message>
</context>
<context>
    <name>Almanac::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln weiterer</numerusform>
            <numerusform>+%Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlueskyPublisher</name>
    <message>
        <source>Bluesky answered HTTP %1.</source>
        <translation>Bluesky antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation>Keine Antwort: %1.</translation>
    </message>
    <message>
        <source>Bluesky refused it (HTTP %1, %2): %3</source>
        <translation>Bluesky hat abgelehnt (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>The account %1 has no handle to sign in with (--handle).</source>
        <translation>Das Konto %1 hat kein Handle zum Anmelden (--handle).</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2 (%3).</source>
        <translation>Bei %1 als @%2 angemeldet (%3).</translation>
    </message>
    <message>
        <source>Bluesky takes at most %1 images in a post; this one has %2.</source>
        <translation>Bluesky nimmt höchstens %1 Bilder pro Beitrag; dieser hat %2.</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky, not videos (%1).</source>
        <translation>Almanac veröffentlicht Bilder in Bluesky, keine Videos (%1).</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle %1 with the account&apos;s app password: %2</source>
        <translation>Bluesky hat das Handle %1 mit dem App-Passwort des Kontos nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky; %1 is %2.</source>
        <translation>Almanac veröffentlicht Bilder in Bluesky; %1 ist %2.</translation>
    </message>
    <message>
        <source>The account %1 has no usable service URL: %2</source>
        <translation>Das Konto %1 hat keine verwendbare Dienst-URL: %2</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 could not be read (%2).</source>
        <translation>Ohne Linkkarte veröffentlicht: Die Seite auf %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>sie antwortete mit %1</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 has no title or description for one.</source>
        <translation>Ohne Linkkarte veröffentlicht: Die Seite auf %1 hat keinen Titel und keine Beschreibung dafür.</translation>
    </message>
    <message>
        <source>Its link card went without a picture: the one %1 names could not be used.</source>
        <translation>Die Linkkarte ging ohne Bild hinaus: Das Bild, das %1 nennt, war nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>BundleRowValidator</name>
    <message>
        <source>is empty; every row needs the bundle.social team ID.</source>
        <translation>ist leer; jede Zeile braucht die Team-ID von bundle.social.</translation>
    </message>
    <message>
        <source>is empty; every row needs an internal title.</source>
        <translation>ist leer; jede Zeile braucht einen internen Titel.</translation>
    </message>
    <message>
        <source>is empty; expected DRAFT or SCHEDULED.</source>
        <translation>ist leer; erwartet wird DRAFT oder SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected DRAFT or SCHEDULED.</source>
        <translation>%1 ist kein Status; erwartet wird DRAFT oder SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 filled in, but %2 is not in socialAccountTypes; those values are not used.</source>
        <translation>%1 ist ausgefüllt, aber %2 steht nicht in socialAccountTypes; diese Werte werden nicht verwendet.</translation>
    </message>
    <message>
        <source>is empty, and so is %1: a post to %2 needs text or media.</source>
        <translation>ist leer, %1 ebenso: Ein Beitrag an %2 braucht Text oder Medien.</translation>
    </message>
</context>
<context>
    <name>BundleSocialProvider</name>
    <message>
        <source>bundle.social&apos;s API (seed 003) takes new posts as CSV imports; edit or delete this post in bundle.social itself.</source>
        <translation>Die API von bundle.social (Seed 003) nimmt neue Beiträge als CSV-Importe an; bearbeiten oder löschen Sie diesen Beitrag direkt in bundle.social.</translation>
    </message>
    <message>
        <source>bundle.social&apos;s answer to the upload could not be read.</source>
        <translation>Die Antwort von bundle.social auf den Upload war nicht lesbar.</translation>
    </message>
    <message>
        <source>bundle.social refused the import: %1</source>
        <translation>bundle.social hat den Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import status &quot;%1&quot; is not one Almanac knows.</source>
        <translation>Den Importstatus „%1“ von bundle.social kennt Almanac nicht.</translation>
    </message>
    <message>
        <source>Refused by bundle.social (row %1): %2</source>
        <translation>Von bundle.social abgelehnt (Zeile %1): %2</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import has no result for some of its rows yet.</source>
        <translation>Der Import bei bundle.social hat für einige Zeilen noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>bundle.social was still processing the import after %1 checks; Almanac looks again later.</source>
        <translation>bundle.social verarbeitete den Import nach %1 Abfragen immer noch; Almanac sieht später erneut nach.</translation>
    </message>
</context>
<context>
    <name>ChangeTagsCommand</name>
    <message numerus="yes">
        <source>Change the tags of %Ln post(s)</source>
        <translation>
            <numerusform>Die Schlagwörter von %Ln Beitrag ändern</numerusform>
            <numerusform>Die Schlagwörter von %Ln Beiträgen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>Der Beitrag %1 ist nicht mehr im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>almanac-cli: %1
</source>
        <translation>almanac-cli: %1
</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db braucht einen Pfad</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>integrations add needs --id and --platform</source>
        <translation>integrations add braucht --id und --platform</translation>
    </message>
    <message>
        <source>added integration %1 (%2, provider %3)
</source>
        <translation>Integration %1 hinzugefügt (%2, Anbieter %3)
</translation>
    </message>
    <message>
        <source>unknown integrations action &quot;%1&quot;</source>
        <translation>unbekannte integrations-Aktion „%1“</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import braucht genau eine DATEI</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; expected an IANA name such as Europe/Berlin or UTC</source>
        <translation>„%1“ ist keine Zeitzone; erwartet wird ein IANA-Name wie Europe/Berlin oder UTC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialect; expected auto, openpost or bundlesocial</source>
        <translation>„%1“ ist kein Dialekt; erwartet wird auto, openpost oder bundlesocial</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s) from %1 (import %2).
</source>
        <translation>
            <numerusform>%n Beitrag aus %1 importiert (Import %2).
</numerusform>
            <numerusform>%n Beiträge aus %1 importiert (Import %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n post(s) in %1 are valid; nothing was written (dry run).
</source>
        <translation>
            <numerusform>Der %n Beitrag in %1 ist gültig; nichts wurde geschrieben (Probelauf).
</numerusform>
            <numerusform>Alle %n Beiträge in %1 sind gültig; nichts wurde geschrieben (Probelauf).
</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs exactly one FILE (or - for standard output)</source>
        <translation>export braucht genau eine DATEI (oder - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format; expected openpost, bundlesocial, json or ics</source>
        <translation>--format „%1“ ist kein Format; erwartet wird openpost, bundlesocial, json oder ics</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--from „%1“ ist kein Datum und keine Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--to „%1“ ist kein Datum und keine Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected one of %2</source>
        <translation>„%1“ ist kein Status; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>provider needs add, set-key or list</source>
        <translation>provider braucht add, set-key oder list</translation>
    </message>
    <message>
        <source>provider add needs NAME, --kind and --base-url</source>
        <translation>provider add braucht NAME, --kind und --base-url</translation>
    </message>
    <message>
        <source>--rate-limit &quot;%1&quot; is not a number of requests per minute</source>
        <translation>--rate-limit „%1“ ist keine Zahl von Anfragen pro Minute</translation>
    </message>
    <message>
        <source>added provider %1 (%2 at %3, %4 requests a minute)
</source>
        <translation>Anbieter %1 hinzugefügt (%2 unter %3, %4 Anfragen pro Minute)
</translation>
    </message>
    <message>
        <source>provider set-key needs NAME (and the key on standard input)</source>
        <translation>provider set-key braucht NAME (und den Schlüssel auf der Standardeingabe)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no provider &quot;%1&quot;; add it with provider add.
</source>
        <translation>almanac-cli: Es gibt keinen Anbieter „%1“; fügen Sie ihn mit provider add hinzu.
</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>stored the key of %1 in the keychain
</source>
        <translation>Schlüssel von %1 im Schlüsselbund gespeichert
</translation>
    </message>
    <message>
        <source>unknown provider action &quot;%1&quot;</source>
        <translation>unbekannte provider-Aktion „%1“</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>--timeout „%1“ ist keine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>time is up after %1 s</source>
        <translation>Zeit abgelaufen nach %1 s</translation>
    </message>
    <message>
        <source>pushed %1, %2 still queued, %3 failed
</source>
        <translation>%1 übertragen, %2 noch eingereiht, %3 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>failed: post %1 to %2 (%3): %4
</source>
        <translation>fehlgeschlagen: Beitrag %1 an %2 (%3): %4
</translation>
    </message>
    <message>
        <source>almanac-cli: sync stopped early (%1); everything not pushed is still queued
</source>
        <translation>almanac-cli: Synchronisierung vorzeitig beendet (%1); alles nicht Übertragene bleibt eingereiht
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform; expected one of %2</source>
        <translation>„%1“ ist keine Plattform; erwartet wird eine von %2</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--since „%1“ ist kein Datum und keine Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>--until &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--until „%1“ ist kein Datum und keine Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 failed destinations queued again; run sync to send them
</source>
        <translation>%1 fehlgeschlagene Ziele erneut eingereiht; führen Sie sync aus, um sie zu senden
</translation>
    </message>
    <message>
        <source>cancel-group needs exactly one GROUP_ID</source>
        <translation>cancel-group braucht genau eine GROUP_ID</translation>
    </message>
    <message>
        <source>almanac-cli: the group %1 was not cancelled: %2
</source>
        <translation>almanac-cli: Die Gruppe %1 wurde nicht abgebrochen: %2
</translation>
    </message>
    <message>
        <source>cancelled the group %1: %2 destinations
</source>
        <translation>Gruppe %1 abgebrochen: %2 Ziele
</translation>
    </message>
    <message>
        <source>secret needs set ID (and the secret on standard input)</source>
        <translation>secret braucht set ID (und das Geheimnis auf der Standardeingabe)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no integration &quot;%1&quot;; add it with integrations add.
</source>
        <translation>almanac-cli: Es gibt keine Integration „%1“; fügen Sie sie mit integrations add hinzu.
</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>kein Geheimnis auf der Standardeingabe</translation>
    </message>
    <message>
        <source>stored the secret of %1 in the keychain
</source>
        <translation>Geheimnis von %1 im Schlüsselbund gespeichert
</translation>
    </message>
    <message>
        <source>backup needs the FILE to write</source>
        <translation>backup braucht die zu schreibende DATEI</translation>
    </message>
    <message>
        <source>backed up %1 to %2
</source>
        <translation>%1 nach %2 gesichert
</translation>
    </message>
    <message>
        <source>restore needs the backup FILE to read</source>
        <translation>restore braucht die zu lesende Sicherungsdatei (DATEI)</translation>
    </message>
    <message>
        <source>almanac-cli: nothing was restored: %1
</source>
        <translation>almanac-cli: Nichts wurde wiederhergestellt: %1
</translation>
    </message>
    <message>
        <source>restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4
</source>
        <translation>%1 wiederhergestellt (%2 Beiträge, %3 Konten); der vorherige Datenbestand liegt in %4
</translation>
    </message>
    <message>
        <source>scheduler needs run</source>
        <translation>scheduler braucht run</translation>
    </message>
    <message>
        <source>--grace-minutes &quot;%1&quot; is not a number of minutes (0 or more)</source>
        <translation>--grace-minutes „%1“ ist keine Zahl von Minuten (0 oder mehr)</translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4
</source>
        <translation>%1: Beitrag %2 an %3 %4
</translation>
    </message>
    <message>
        <source>%1: post %2 to %3: %4
</source>
        <translation>%1: Beitrag %2 an %3: %4
</translation>
    </message>
    <message>
        <source>integrations remove needs exactly one ID</source>
        <translation>integrations remove braucht genau eine ID</translation>
    </message>
    <message>
        <source>almanac-cli: the secret of %1 is still in the keychain: %2
</source>
        <translation>almanac-cli: Das Geheimnis von %1 ist noch im Schlüsselbund: %2
</translation>
    </message>
    <message>
        <source>removed integration %1
</source>
        <translation>Integration %1 entfernt
</translation>
    </message>
    <message>
        <source>note: a post uses the file %1 from this computer; import with --allow-file %1 if you trust it to be uploaded
</source>
        <translation>Hinweis: Ein Beitrag verwendet die Datei %1 von diesem Computer; importieren Sie mit --allow-file %1, wenn Sie sicher sind, dass sie hochgeladen werden darf
</translation>
    </message>
    <message>
        <source>a webhook&apos;s URL goes into the keychain, and none is at hand</source>
        <translation>die URL eines Webhooks kommt in den Schlüsselbund, aber keiner ist verfügbar</translation>
    </message>
    <message>
        <source>almanac-cli: the webhook&apos;s URL was not stored, so %1 was not added: %2
</source>
        <translation>almanac-cli: Die URL des Webhooks wurde nicht gespeichert, daher wurde %1 nicht hinzugefügt: %2
</translation>
    </message>
    <message>
        <source>note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md shows how the receiver checks the signature)
</source>
        <translation>Hinweis: Beiträge dorthin werden unsigniert gesendet, bis ein Geheimnis gesetzt ist: almanac-cli secret set %1 (docs/security.md zeigt, wie der Empfänger die Signatur prüft)
</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds (1 or more)</source>
        <translation>--timeout „%1“ ist keine Anzahl von Sekunden (1 oder mehr)</translation>
    </message>
    <message>
        <source>still running: %1
</source>
        <translation>läuft noch: %1
</translation>
    </message>
    <message numerus="yes">
        <source>almanac-cli: the round did not end within %1 s; %n destination(s) still going out are settled by the next run.
</source>
        <translation>
            <numerusform>almanac-cli: Die Runde endete nicht innerhalb von %1 s; %n noch laufendes Ziel klärt der nächste Lauf.
</numerusform>
            <numerusform>almanac-cli: Die Runde endete nicht innerhalb von %1 s; %n noch laufende Ziele klärt der nächste Lauf.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--date-order &quot;%1&quot; is not a date order; expected dmy (31/12/2027), mdy (12/31/2027) or ymd (2027/12/31)</source>
        <translation>--date-order „%1“ ist keine Datumsreihenfolge; erwartet dmy (31/12/2027), mdy (12/31/2027) oder ymd (2027/12/31)</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not HEADER=FIELD, such as --map &quot;Post copy=content&quot;</source>
        <translation>--map „%1“ hat nicht die Form SPALTE=FELD, etwa --map &quot;Post copy=content&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation>--map „%1“: Die Datei hat keine Spalte „%2“; ihre Spalten sind %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field; expected ignore or one of %3</source>
        <translation>--map „%1“: „%2“ ist kein Feld; erwartet: ignore oder eines von %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field of the %3 format, which this file is read in; expected ignore or one of %4</source>
        <translation>--map „%1“: „%2“ ist kein Feld des Formats %3, in dem diese Datei gelesen wird; erwartet: ignore oder eines von %4</translation>
    </message>
    <message>
        <source>integrations needs add, list, remove or test</source>
        <translation>integrations braucht add, list, remove oder test</translation>
    </message>
    <message>
        <source>integrations test needs exactly one ID</source>
        <translation>integrations test braucht genau eine ID</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>es gibt keine Integration %1</translation>
    </message>
    <message>
        <source>%1 is published by a hosted scheduler; sync shows whether it takes posts</source>
        <translation>%1 wird von einem gehosteten Planer veröffentlicht; sync zeigt, ob er Beiträge annimmt</translation>
    </message>
    <message>
        <source>no keychain is at hand for the account&apos;s secret</source>
        <translation>für das Geheimnis des Kontos ist kein Schlüsselbund zur Hand</translation>
    </message>
    <message numerus="yes">
        <source>--map &quot;%1&quot;: %n columns are named &quot;%2&quot; (columns %3); name one by its number, such as --map &quot;%4=%5&quot;</source>
        <translation>
            <numerusform>--map „%1“: %n Spalte heißt „%2“ (Spalten %3); geben Sie eine mit ihrer Nummer an, etwa --map &quot;%4=%5&quot;</numerusform>
            <numerusform>--map „%1“: %n Spalten heißen „%2“ (Spalten %3); geben Sie eine mit ihrer Nummer an, etwa --map &quot;%4=%5&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4 (%5)
</source>
        <translation>%1: Beitrag %2 an %3 %4 (%5)
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.
</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert.
</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.
</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Problem in %1.
</numerusform>
            <numerusform>Nichts wurde importiert: %n Probleme in %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row such as content,integrations,schedule_at.</source>
        <translation>Die Datei ist leer; erwartet wird eine Kopfzeile wie content,integrations,schedule_at.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Could not start writing to the store %1.</source>
        <translation>Das Schreiben in den Datenbestand %1 konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>The file has %1 columns now, but %2 were mapped; it changed since it was opened.</source>
        <translation>Die Datei hat jetzt %1 Spalten, zugeordnet waren aber %2; sie hat sich seit dem Öffnen geändert.</translation>
    </message>
    <message>
        <source>The file is too large to check every row for duplicates; rows after the first %1 destinations were not compared.</source>
        <translation>Die Datei ist zu groß, um jede Zeile auf Duplikate zu prüfen; Zeilen nach den ersten %1 Zielen wurden nicht verglichen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, byte %2: %3</source>
        <translation>Zeile %1, Byte %2: %3</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than 16 MiB; a closing quote (&quot;) is probably missing</source>
        <translation>ein Feld in Anführungszeichen läuft über mehr als 16 MiB; wahrscheinlich fehlt ein schließendes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <source>a single record is larger than 16 MiB; is this a CSV file?</source>
        <translation>ein einzelner Datensatz ist größer als 16 MiB; ist das eine CSV-Datei?</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>NUL byte found; this is a binary file, not a CSV text file</source>
        <translation>NUL-Byte gefunden; das ist eine Binärdatei, keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>byte %1 is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>Byte %1 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8 („CSV UTF-8“ in Excel)</translation>
    </message>
    <message>
        <source>the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>die Bytes ab %1 sind kein gültiges UTF-8; speichern Sie die Datei als UTF-8 („CSV UTF-8“ in Excel)</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>die Datei ist in UTF-16 kodiert; speichern Sie sie als UTF-8 („CSV UTF-8“ in Excel)</translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote (&quot;)</source>
        <translation>dem hier beginnenden Feld in Anführungszeichen fehlt das schließende Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;), and the field must end with the delimiter or the line</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen von Feld %1; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;), und das Feld muss mit dem Trennzeichen oder der Zeile enden</translation>
    </message>
    <message>
        <source>a record has more than %1 fields; Almanac reads at most %1 columns</source>
        <translation>ein Datensatz hat mehr als %1 Felder; Almanac liest höchstens %1 Spalten</translation>
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
        <translation>„%1“ konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store.</source>
        <translation>Der Ordner %1 für den Datenbestand konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the store %1</source>
        <translation>Der Datenbestand %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not an Almanac store (not an SQLite database): %2</source>
        <translation>%1 ist kein Almanac-Datenbestand (keine SQLite-Datenbank): %2</translation>
    </message>
    <message>
        <source>The store %1 has schema version %2, newer than this Almanac understands (%3). Update Almanac to open it.</source>
        <translation>Der Datenbestand %1 hat Schemaversion %2, neuer als dieses Almanac versteht (%3). Aktualisieren Sie Almanac, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Die Migration auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion offen.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No savepoint is open.</source>
        <translation>Es ist kein Sicherungspunkt offen.</translation>
    </message>
    <message>
        <source>Could not start bringing the store %1 up to date: another program keeps it busy.</source>
        <translation>Der Datenbestand %1 konnte nicht aktualisiert werden: Ein anderes Programm hält ihn belegt.</translation>
    </message>
</context>
<context>
    <name>DateTimeResolver</name>
    <message>
        <source>a date and time such as %1, %2, %3 or %4 (day first), or %5 (month first)</source>
        <translation>ein Datum mit Uhrzeit wie %1, %2, %3 oder %4 (Tag zuerst) oder %5 (Monat zuerst)</translation>
    </message>
</context>
<context>
    <name>DeletePostsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag löschen</numerusform>
            <numerusform>%Ln Beiträge löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>Der Beitrag %1 ist nicht mehr im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>DeliveryModel</name>
    <message>
        <source>Unconfirmed: it was sent to %1 %2 minutes ago without an answer, and %1 no longer recognises a repeat after that long. Check the account: if the post is there, mark it published; if not, send it again.</source>
        <translation>Unbestätigt: Es wurde vor %2 Minuten ohne Antwort an %1 gesendet, und %1 erkennt nach so langer Zeit eine Wiederholung nicht mehr. Prüfen Sie das Konto: Ist der Beitrag da, markieren Sie ihn als veröffentlicht; wenn nicht, senden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Unconfirmed: it was sent to %1 without an answer, and %1 cannot tell a repeat from a new post. Check the channel: if the post is there, mark it published; if not, send it again.</source>
        <translation>Unbestätigt: Es wurde ohne Antwort an %1 gesendet, und %1 kann eine Wiederholung nicht von einem neuen Beitrag unterscheiden. Prüfen Sie den Kanal: Ist der Beitrag da, markieren Sie ihn als veröffentlicht; wenn nicht, senden Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today.</source>
        <translation>Neuer Single Origin aus Huila ist da: Noten von rotem Apfel, Panela und Kakao. Ab heute wieder vorrätig.</translation>
    </message>
    <message>
        <source>Brewing tip: grind a little finer when your pour-over drains in under three minutes.</source>
        <translation>Brühtipp: Mahlen Sie etwas feiner, wenn Ihr Pour-over in weniger als drei Minuten durchläuft.</translation>
    </message>
    <message>
        <source>We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!</source>
        <translation>Wir sind samstags von 8 bis 13 Uhr auf dem Markt. Kommen Sie vorbei und probieren Sie den Cold-Brew-Flight!</translation>
    </message>
    <message>
        <source>Behind the scenes: roasting day at the warehouse #roasting</source>
        <translation>Hinter den Kulissen: Rösttag im Lager #roasting</translation>
    </message>
    <message>
        <source>Our barista team is hiring. Part time, weekends, great coffee guaranteed.</source>
        <translation>Unser Barista-Team sucht Verstärkung. Teilzeit, am Wochenende, großartiger Kaffee garantiert.</translation>
    </message>
    <message>
        <source>Customer question of the week: does dark roast have more caffeine? Short answer: no.</source>
        <translation>Kundenfrage der Woche: Hat dunkle Röstung mehr Koffein? Kurz gesagt: nein.</translation>
    </message>
    <message>
        <source>Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings.</source>
        <translation>Die Herbstmischung ist zurück: eine gemütliche Mischung aus Brasilien und Äthiopien für kältere Morgen.</translation>
    </message>
    <message>
        <source>Thank you for 10,000 followers! A free bag goes to three of you this Friday.</source>
        <translation>Danke für 10.000 Follower! Diesen Freitag geht eine Tüte gratis an drei von Ihnen.</translation>
    </message>
    <message>
        <source>Workshop: latte art for beginners, Thursday 6 pm. Eight seats left.</source>
        <translation>Workshop: Latte Art für Einsteiger, Donnerstag 18 Uhr. Noch acht Plätze frei.</translation>
    </message>
    <message>
        <source>How we pick our farms: direct trade, visits every harvest, prices above fair trade.</source>
        <translation>So wählen wir unsere Farmen aus: direkter Handel, Besuche zu jeder Ernte, Preise über Fairtrade.</translation>
    </message>
    <message>
        <source>The account&apos;s token has expired; reconnect it.</source>
        <translation>Das Token des Kontos ist abgelaufen; verbinden Sie es neu.</translation>
    </message>
    <message>
        <source>Idea: a photo series on the people who grow our beans, one farm a week.</source>
        <translation>Idee: eine Fotoserie über die Menschen, die unsere Bohnen anbauen, eine Farm pro Woche.</translation>
    </message>
    <message>
        <source>Idea: poll which single origin should come back next month.</source>
        <translation>Idee: Umfrage, welcher Single Origin nächsten Monat zurückkommen soll.</translation>
    </message>
    <message>
        <source>Idea: a 60-second video on dialling in espresso at home.</source>
        <translation>Idee: ein 60-Sekunden-Video zum Einstellen von Espresso zu Hause.</translation>
    </message>
    <message>
        <source>OpenPost could not post it: the account&apos;s sign-in has expired there; reconnect it at OpenPost.</source>
        <translation>OpenPost konnte den Beitrag nicht veröffentlichen: Die Anmeldung des Kontos ist dort abgelaufen; verbinden Sie es bei OpenPost neu.</translation>
    </message>
    <message>
        <source>Could not set up the demo</source>
        <translation>Die Demo konnte nicht eingerichtet werden</translation>
    </message>
</context>
<context>
    <name>DialectDetector</name>
    <message>
        <source>The header row (%1) is not one Almanac knows. Expected the OpenPost columns content, integrations, schedule_at (optional: media, post_type, tags) or the bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.</source>
        <translation>Die Kopfzeile (%1) kennt Almanac nicht. Erwartet werden die OpenPost-Spalten content, integrations, schedule_at (optional: media, post_type, tags) oder die bundle.social-Spalten teamId, title, postDate, status, socialAccountTypes, text.</translation>
    </message>
    <message>
        <source>Column %1 has no name; its values are kept in the import history but not used.</source>
        <translation>Spalte %1 hat keinen Namen; ihre Werte bleiben im Importverlauf erhalten, werden aber nicht verwendet.</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is not one of the %3 columns; its values are kept in the import history but not used.</source>
        <translation>Spalte %1 „%2“ ist keine der %3-Spalten; ihre Werte bleiben im Importverlauf erhalten, werden aber nicht verwendet.</translation>
    </message>
    <message>
        <source>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; mean the same field; keep only one of them.</source>
        <translation>Spalte %1 „%2“ und Spalte %3 „%4“ bedeuten dasselbe Feld; behalten Sie nur eine davon.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 header is missing the required column(s) %2. Found: %3.</source>
        <translation>
            <numerusform>Der %1-Kopfzeile fehlt die Pflichtspalte %2. Gefunden: %3.</numerusform>
            <numerusform>Der %1-Kopfzeile fehlen die Pflichtspalten %2. Gefunden: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Accounts (IDs or platforms)</source>
        <translation>Konten (IDs oder Plattformen)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplante Zeit</translation>
    </message>
    <message>
        <source>Media links</source>
        <translation>Medienlinks</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Beitragsart</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Text per platform</source>
        <translation>Text je Plattform</translation>
    </message>
    <message>
        <source>Settings per platform</source>
        <translation>Einstellungen je Plattform</translation>
    </message>
    <message>
        <source>bundle.social team</source>
        <translation>bundle.social-Team</translation>
    </message>
    <message>
        <source>Internal title</source>
        <translation>Interner Titel</translation>
    </message>
    <message>
        <source>Status (draft or scheduled)</source>
        <translation>Status (Entwurf oder geplant)</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Text für %1</translation>
    </message>
    <message>
        <source>Media links for %1</source>
        <translation>Medienlinks für %1</translation>
    </message>
    <message>
        <source>%1 setting: %2</source>
        <translation>Einstellung für %1: %2</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>Geplantes Datum</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; holds a time of day, but no column is the date it belongs to; name a column date (or map one to Scheduled date).</source>
        <translation>Spalte %1 „%2“ enthält eine Uhrzeit, aber keine Spalte enthält das Datum dazu; nennen Sie eine Spalte date (oder ordnen Sie eine dem geplanten Datum zu).</translation>
    </message>
</context>
<context>
    <name>DuplicatePostsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag duplizieren</numerusform>
            <numerusform>%Ln Beiträge duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>Der Beitrag %1 ist nicht mehr im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The address is not a full web address; expected one like https://example.com.</source>
        <translation>Die Adresse ist keine vollständige Webadresse; erwartet wird eine wie https://example.com.</translation>
    </message>
    <message>
        <source>The address of %1 carries a user name or password; enter it without them.</source>
        <translation>Die Adresse von %1 enthält einen Benutzernamen oder ein Passwort; geben Sie sie ohne diese ein.</translation>
    </message>
    <message>
        <source>The address of %1 uses plain http, which would send your key or password unencrypted; use https://%1.</source>
        <translation>Die Adresse von %1 verwendet reines http, wodurch Ihr Schlüssel oder Passwort unverschlüsselt gesendet würde; verwenden Sie https://%1.</translation>
    </message>
    <message>
        <source>Note: %1 is on this computer and is reached without encryption (http).</source>
        <translation>Hinweis: %1 liegt auf diesem Computer und wird ohne Verschlüsselung erreicht (http).</translation>
    </message>
    <message>
        <source>The server handed back an address that is not a full https:// address.</source>
        <translation>Der Server hat eine Adresse zurückgegeben, die keine vollständige https://-Adresse ist.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that carries a user name or password; Almanac does not follow it.</source>
        <translation>Der Server hat für %1 eine Adresse zurückgegeben, die einen Benutzernamen oder ein Passwort enthält; Almanac folgt ihr nicht.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that is not https; Almanac does not follow it.</source>
        <translation>Der Server hat für %1 eine Adresse zurückgegeben, die kein https ist; Almanac folgt ihr nicht.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row %1, %2: %3
</source>
        <translation>Zeile %1, %2: %3
</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2; %3 invalid rows skipped and recorded</source>
        <translation>%1 Beiträge als Import #%2 importiert; %3 ungültige Zeilen übersprungen und festgehalten</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2</source>
        <translation>%1 Beiträge als Import #%2 importiert</translation>
    </message>
    <message>
        <source>every row is valid; nothing written (dry run)</source>
        <translation>jede Zeile ist gültig; nichts geschrieben (Probelauf)</translation>
    </message>
    <message>
        <source>nothing written (dry run)</source>
        <translation>nichts geschrieben (Probelauf)</translation>
    </message>
    <message>
        <source>nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones</source>
        <translation>nichts geschrieben: Korrigieren Sie die ungültigen Zeilen oder verwenden Sie --skip-invalid, um die gültigen zu importieren</translation>
    </message>
    <message>
        <source>file refused; nothing written</source>
        <translation>Datei abgelehnt; nichts geschrieben</translation>
    </message>
    <message>
        <source>the store refused the import; nothing written</source>
        <translation>der Datenbestand hat den Import abgelehnt; nichts geschrieben</translation>
    </message>
    <message>
        <source>cancelled; nothing written</source>
        <translation>abgebrochen; nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 invalid; %5
</source>
        <translation>%1: %2 Zeilen, %3 gültig, %4 ungültig; %5
</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Could not read the import&apos;s posts</source>
        <translation>Die Beiträge des Imports konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not mark the import as undone</source>
        <translation>Der Import konnte nicht als rückgängig gemacht markiert werden</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Could not record the import</source>
        <translation>Der Import konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Der Datenbestand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not prepare the import: the store is not an SQLite database.</source>
        <translation>Der Import konnte nicht vorbereitet werden: Der Datenbestand ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s indexes</source>
        <translation>Die Indizes des Datenbestands konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not set the store&apos;s indexes aside for the import</source>
        <translation>Die Indizes des Datenbestands konnten für den Import nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>Row %1: could not record it in the import history: %2</source>
        <translation>Zeile %1: Sie konnte nicht im Importverlauf festgehalten werden: %2</translation>
    </message>
    <message>
        <source>Could not finish recording the import</source>
        <translation>Das Festhalten des Imports konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Could not rebuild the store&apos;s indexes after the import</source>
        <translation>Die Indizes des Datenbestands konnten nach dem Import nicht neu aufgebaut werden</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.</source>
        <translation>„%1“ ist keine verwendbare Integrations-ID; verwenden Sie 1 bis 128 Buchstaben, Ziffern oder _ . : @ -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform Almanac knows; expected one of %2.</source>
        <translation>„%1“ ist keine Plattform, die Almanac kennt; erwartet wird eine von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; expected one of %2.</source>
        <translation>„%1“ ist kein Anbieter; erwartet wird einer von %2.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;; add it first with provider add.</source>
        <translation>Es gibt kein Anbieterkonto „%1“; fügen Sie es zuerst mit provider add hinzu.</translation>
    </message>
    <message>
        <source>An integration with the ID &quot;%1&quot; already exists.</source>
        <translation>Eine Integration mit der ID „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Could not save the integration %1</source>
        <translation>Die Integration %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no integration with the ID &quot;%1&quot;.</source>
        <translation>Es gibt keine Integration mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; belonged to a removed %2 account; choose another ID.</source>
        <translation>Die ID „%1“ gehörte zu einem entfernten %2-Konto; wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Der Datenbestand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not remove the integration %1</source>
        <translation>Die Integration %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is too like the account &quot;%2&quot;: both would read their secret from ALMANAC_SECRET_%3. Choose an ID that differs in more than punctuation or letter case.</source>
        <translation>Die ID „%1“ ist dem Konto „%2“ zu ähnlich: Beide würden ihr Geheimnis aus ALMANAC_SECRET_%3 lesen. Wählen Sie eine ID, die sich nicht nur in Satzzeichen oder Groß-/Kleinschreibung unterscheidet.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) still go to %1: give them another account or delete them first (the calendar&apos;s account filter shows them).</source>
        <translation>
            <numerusform>%n Beitrag geht noch an %1: Geben Sie ihm zuerst ein anderes Konto oder löschen Sie ihn (der Kontofilter des Kalenders zeigt ihn).</numerusform>
            <numerusform>%n Beiträge gehen noch an %1: Geben Sie ihnen zuerst ein anderes Konto oder löschen Sie sie (der Kontofilter des Kalenders zeigt sie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a list of posts; expected an Almanac export ({&quot;posts&quot;: [...]}) or an array of posts.</source>
        <translation>%1 ist JSON, aber keine Liste von Beiträgen; erwartet wird ein Almanac-Export ({&quot;posts&quot;: [...]}) oder ein Array von Beiträgen.</translation>
    </message>
    <message>
        <source>%1 holds no posts.</source>
        <translation>%1 enthält keine Beiträge.</translation>
    </message>
    <message>
        <source>Could not start writing to the store.</source>
        <translation>Das Schreiben in den Datenbestand konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>scheduled_at: &quot;%1&quot; is not a time with a zone; expected ISO 8601 such as 2026-05-01T09:00:00Z.</source>
        <translation>scheduled_at: „%1“ ist keine Zeit mit Zeitzone; erwartet wird ISO 8601 wie 2026-05-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>scheduled_at: expected a time such as &quot;2026-05-01T09:00:00Z&quot;, or null for an undated draft.</source>
        <translation>scheduled_at: erwartet wird eine Zeit wie „2026-05-01T09:00:00Z“ oder null für einen Entwurf ohne Datum.</translation>
    </message>
    <message>
        <source>post %1 (&quot;%2&quot;): %3</source>
        <translation>Beitrag %1 („%2“): %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2; Almanac reads JSON exports up to that size. Export fewer posts (a range of days) and import each part.</source>
        <translation>%1 ist größer als %2; Almanac liest JSON-Exporte bis zu dieser Größe. Exportieren Sie weniger Beiträge (einen Zeitraum von Tagen) und importieren Sie jeden Teil.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>der Schlüsselbund enthält keines.</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1).</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>MastodonPublisher</name>
    <message>
        <source>Mastodon answered HTTP %1.</source>
        <translation>Mastodon antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Mastodon refused it (HTTP %1): %2</source>
        <translation>Mastodon hat abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The account %1 has no instance URL (--service-url).</source>
        <translation>Das Konto %1 hat keine Instanz-URL (--service-url).</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Geben Sie die URL der Instanz ein, etwa https://mastodon.social.</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2.</source>
        <translation>Bei %1 als @%2 angemeldet.</translation>
    </message>
    <message>
        <source>Mastodon was still processing the media after 10 minutes.</source>
        <translation>Mastodon verarbeitete die Medien nach 10 Minuten immer noch.</translation>
    </message>
    <message numerus="yes">
        <source>This instance takes up to %n characters per post.</source>
        <translation>
            <numerusform>Diese Instanz nimmt bis zu %n Zeichen pro Beitrag an.</numerusform>
            <numerusform>Diese Instanz nimmt bis zu %n Zeichen pro Beitrag an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLoader</name>
    <message>
        <source>The media %1 is %2; the platform takes at most %3.</source>
        <translation>Das Medium %1 ist %2 groß; die Plattform nimmt höchstens %3.</translation>
    </message>
    <message>
        <source>The media %1 is neither a file nor an http(s) link.</source>
        <translation>Das Medium %1 ist weder eine Datei noch ein http(s)-Link.</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched (HTTP %2).</source>
        <translation>Das Medium %1 konnte nicht abgerufen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>The media cannot be used: %1.</source>
        <translation>Das Medium kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>The media %1 is larger than the platform takes (at most %2).</source>
        <translation>Das Medium %1 ist größer, als die Plattform annimmt (höchstens %2).</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched: %2</source>
        <translation>Das Medium %1 konnte nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>MediaPolicy</name>
    <message>
        <source>a public address</source>
        <translation>eine öffentliche Adresse</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>a private network address</source>
        <translation>eine private Netzwerkadresse</translation>
    </message>
    <message>
        <source>a link-local network address</source>
        <translation>eine link-lokale Netzwerkadresse</translation>
    </message>
    <message>
        <source>a cloud&apos;s metadata service</source>
        <translation>der Metadatendienst einer Cloud</translation>
    </message>
    <message>
        <source>an unspecified address</source>
        <translation>eine nicht festgelegte Adresse</translation>
    </message>
    <message>
        <source>a reserved or multicast address</source>
        <translation>eine reservierte oder Multicast-Adresse</translation>
    </message>
    <message>
        <source>the link names no host</source>
        <translation>der Link nennt keinen Server</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac fetches media only from public hosts (Settings → Publishing → &quot;Allow media from my local network&quot; lifts this)</source>
        <translation>%1 ist %2; Almanac ruft Medien nur von öffentlichen Servern ab (Einstellungen → Veröffentlichen → „Medien aus meinem lokalen Netzwerk zulassen“ hebt das auf)</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac never fetches media from there</source>
        <translation>%1 ist %2; Almanac ruft von dort nie Medien ab</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>die Datei %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is a system file (%2), not a picture or video</source>
        <translation>%1 ist eine Systemdatei (%2), kein Bild oder Video</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device, pipe or socket)</source>
        <translation>%1 ist keine normale Datei (ein Ordner, ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>%1 is a file on this computer; a plan from someone else may name only https links (add the file in the composer instead)</source>
        <translation>%1 ist eine Datei auf diesem Computer; ein Plan von jemand anderem darf nur https-Links nennen (fügen Sie die Datei stattdessen im Editor hinzu)</translation>
    </message>
    <message>
        <source>%1 is not a media link; expected an https:// link</source>
        <translation>%1 ist kein Medienlink; erwartet wird ein https://-Link</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://</source>
        <translation>%1 ist nicht verschlüsselt; ein Medienlink in einer importierten Datei muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort; erwartet wird ein einfacher https://-Link</translation>
    </message>
    <message>
        <source>%1 names a file by a relative path; a plan may name only whole paths, which the user confirms</source>
        <translation>%1 nennt eine Datei über einen relativen Pfad; ein Plan darf nur vollständige Pfade nennen, die der Benutzer bestätigt</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>der Schlüsselbund enthält keines.</translation>
    </message>
</context>
<context>
    <name>MovePostsCommand</name>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag verschieben</numerusform>
            <numerusform>%Ln Beiträge verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenPostProvider</name>
    <message>
        <source>OpenPost refused the edit: %1 (only drafts and scheduled posts can be edited).</source>
        <translation>OpenPost hat die Änderung abgelehnt: %1 (nur Entwürfe und geplante Beiträge lassen sich bearbeiten).</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer to the media upload could not be read.</source>
        <translation>Die Antwort von OpenPost auf den Medien-Upload war nicht lesbar.</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer could not be read (%1 posts for %2 sent).</source>
        <translation>Die Antwort von OpenPost war nicht lesbar (%1 Beiträge für %2 gesendet).</translation>
    </message>
    <message>
        <source>OpenPost handed back an upload address that is not a full https:// address.</source>
        <translation>OpenPost hat eine Upload-Adresse zurückgegeben, die keine vollständige https://-Adresse ist.</translation>
    </message>
</context>
<context>
    <name>OpenPostRowValidator</name>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>ist leer; jeder Beitrag braucht Text.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected draft or scheduled (or nothing: scheduled when there is a time).</source>
        <translation>%1 ist kein Status; erwartet wird draft oder scheduled (oder nichts: geplant, wenn es eine Zeit gibt).</translation>
    </message>
    <message>
        <source>is scheduled, but %1 is empty; a scheduled post needs a time.</source>
        <translation>ist „scheduled“, aber %1 ist leer; ein geplanter Beitrag braucht eine Zeit.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 ist kein Beitragstyp; erwartet wird einer von %2.</translation>
    </message>
    <message>
        <source>the value for %1 is not text; expected {&quot;%1&quot;: &quot;the text&quot;}.</source>
        <translation>der Wert für %1 ist kein Text; erwartet wird {&quot;%1&quot;: &quot;der Text&quot;}.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; expected one keyed by platform, e.g. {&quot;x&quot;: ...}.</source>
        <translation>%1 ist kein JSON-Objekt; erwartet wird eines mit Plattformen als Schlüsseln, z. B. {&quot;x&quot;: ...}.</translation>
    </message>
    <message>
        <source>%1 is not a platform; expected platform ids such as x, bluesky, linkedin.</source>
        <translation>%1 ist keine Plattform; erwartet werden Plattform-IDs wie x, bluesky, linkedin.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Could not record the request</source>
        <translation>Die Anfrage konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation>Die Synchronisierung konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the remote post</source>
        <translation>Der entfernte Beitrag konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>Der Fehler konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>Der erneute Versuch konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not find the failed posts</source>
        <translation>Die fehlgeschlagenen Beiträge konnten nicht gefunden werden</translation>
    </message>
    <message>
        <source>Could not queue the failed posts again</source>
        <translation>Die fehlgeschlagenen Beiträge konnten nicht erneut eingereiht werden</translation>
    </message>
    <message>
        <source>Could not record the cancelled group</source>
        <translation>Die abgebrochene Gruppe konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record what the provider said</source>
        <translation>Die Antwort des Anbieters konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the cancelled import</source>
        <translation>Der abgebrochene Import konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Another Almanac took some of these posts first.</source>
        <translation>Ein anderes Almanac hat einige dieser Beiträge zuerst übernommen.</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>PostEverywhereProvider</name>
    <message>
        <source>Refused by PostEverywhere (%1): %2</source>
        <translation>Von PostEverywhere abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>PostEverywhere&apos;s answer could not be read.</source>
        <translation>Die Antwort von PostEverywhere war nicht lesbar.</translation>
    </message>
    <message>
        <source>PostEverywhere has no publish-now call; schedule the post for now instead.</source>
        <translation>PostEverywhere kennt kein sofortiges Veröffentlichen; planen Sie den Beitrag stattdessen für jetzt.</translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social&apos;s team settings.</source>
        <translation>Eine bundle.social-CSV braucht die Team-ID für ihre Spalte teamId; geben Sie die aus den Team-Einstellungen von bundle.social an.</translation>
    </message>
    <message>
        <source>Almanac posts</source>
        <translation>Almanac-Beiträge</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Der Export wurde angehalten; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the export: %1.</source>
        <translation>Der Export konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the OpenPost dialect has no column for (JSON keeps it).</source>
        <translation>
            <numerusform>%n Beitrag hat Alternativtext, für den der OpenPost-Dialekt keine Spalte hat (JSON behält ihn).</numerusform>
            <numerusform>%n Beiträge haben Alternativtext, für den der OpenPost-Dialekt keine Spalte hat (JSON behält ihn).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</source>
        <translation>
            <numerusform>%n Beitrag hat Medien nur für eine Plattform; der OpenPost-Dialekt führt sie für jede Plattform auf (bundle.social-CSV oder JSON hält sie getrennt).</numerusform>
            <numerusform>%n Beiträge haben Medien nur für eine Plattform; der OpenPost-Dialekt führt sie für jede Plattform auf (bundle.social-CSV oder JSON hält sie getrennt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a media address with a space or # in it, which the media column cannot hold apart from the next address.</source>
        <translation>
            <numerusform>%n Beitrag hat eine Medienadresse mit einem Leerzeichen oder # darin, die die Medienspalte nicht von der nächsten Adresse trennen kann.</numerusform>
            <numerusform>%n Beiträge haben eine Medienadresse mit einem Leerzeichen oder # darin, die die Medienspalte nicht von der nächsten Adresse trennen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as scheduled, and importing it again asks for times in the future.</source>
        <translation>
            <numerusform>%n Beitrag ist veröffentlicht, fehlgeschlagen oder abgebrochen; die Datei führt ihn als geplant, und ein erneuter Import verlangt eine Zeit in der Zukunft.</numerusform>
            <numerusform>%n Beiträge sind veröffentlicht, fehlgeschlagen oder abgebrochen; die Datei führt sie als geplant, und ein erneuter Import verlangt Zeiten in der Zukunft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date, and bundle.social needs a postDate: their rows are written with it empty, to fill in before an import.</source>
        <translation>
            <numerusform>%n Entwurf hat kein Datum, und bundle.social braucht ein postDate: Seine Zeile wird ohne geschrieben, auszufüllen vor einem Import.</numerusform>
            <numerusform>%n Entwürfe haben kein Datum, und bundle.social braucht ein postDate: Ihre Zeilen werden ohne geschrieben, auszufüllen vor einem Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have no internal title, which bundle.social requires: their first words are used.</source>
        <translation>
            <numerusform>%n Beitrag hat keinen internen Titel, den bundle.social verlangt: Seine ersten Wörter werden verwendet.</numerusform>
            <numerusform>%n Beiträge haben keinen internen Titel, den bundle.social verlangt: Ihre ersten Wörter werden verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have tags, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n Beitrag hat Schlagwörter, für die der bundle.social-Dialekt keine Spalte hat.</numerusform>
            <numerusform>%n Beiträge haben Schlagwörter, für die der bundle.social-Dialekt keine Spalte hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</source>
        <translation>
            <numerusform>%n Beitrag hat einen anderen Beitragstyp als „post“; der bundle.social-Dialekt gibt ihn nur pro Plattform an (z. B. instagramType).</numerusform>
            <numerusform>%n Beiträge haben einen anderen Beitragstyp als „post“; der bundle.social-Dialekt gibt ihn nur pro Plattform an (z. B. instagramType).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n Beitrag hat Alternativtext, für den der bundle.social-Dialekt keine Spalte hat.</numerusform>
            <numerusform>%n Beiträge haben Alternativtext, für den der bundle.social-Dialekt keine Spalte hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for every platform; the bundle.social dialect lists them under each platform.</source>
        <translation>
            <numerusform>%n Beitrag hat Medien für jede Plattform; der bundle.social-Dialekt führt sie unter jeder Plattform auf.</numerusform>
            <numerusform>%n Beiträge haben Medien für jede Plattform; der bundle.social-Dialekt führt sie unter jeder Plattform auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have platform settings bundle.social has no column for.</source>
        <translation>
            <numerusform>%n Beitrag hat Plattformeinstellungen, für die bundle.social keine Spalte hat.</numerusform>
            <numerusform>%n Beiträge haben Plattformeinstellungen, für die bundle.social keine Spalte hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) go to a platform bundle.social does not know; it is named by the account&apos;s ID.</source>
        <translation>
            <numerusform>%n Beitrag geht an eine Plattform, die bundle.social nicht kennt; sie wird über die ID des Kontos benannt.</numerusform>
            <numerusform>%n Beiträge gehen an eine Plattform, die bundle.social nicht kennt; sie wird über die ID des Kontos benannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as SCHEDULED.</source>
        <translation>
            <numerusform>%n Beitrag ist veröffentlicht, fehlgeschlagen oder abgebrochen; die Datei führt ihn als SCHEDULED.</numerusform>
            <numerusform>%n Beiträge sind veröffentlicht, fehlgeschlagen oder abgebrochen; die Datei führt sie als SCHEDULED.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date and are left out of the calendar.</source>
        <translation>
            <numerusform>%n Entwurf hat kein Datum und fehlt im Kalender.</numerusform>
            <numerusform>%n Entwürfe haben kein Datum und fehlen im Kalender.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Could not save the post</source>
        <translation>Der Beitrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the destination %1 of the post</source>
        <translation>Das Ziel %1 des Beitrags konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not queue the post for sync</source>
        <translation>Der Beitrag konnte nicht zur Synchronisierung eingereiht werden</translation>
    </message>
    <message>
        <source>The post %1 is not in the store (deleted elsewhere?).</source>
        <translation>Der Beitrag %1 ist nicht im Datenbestand (anderswo gelöscht?).</translation>
    </message>
    <message>
        <source>Could not save the post&apos;s destinations</source>
        <translation>Die Ziele des Beitrags konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the post %1</source>
        <translation>Der Beitrag %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not move the post</source>
        <translation>Der Beitrag konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Could not change the post&apos;s tags</source>
        <translation>Die Schlagwörter des Beitrags konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not record the post&apos;s status</source>
        <translation>Der Status des Beitrags konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>Das Konto %1 ist nicht im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <source> as X counts them (each link 23, CJK characters and emoji 2)</source>
        <translation> so, wie X zählt (jeder Link 23, CJK-Zeichen und Emoji 2)</translation>
    </message>
    <message>
        <source> (each link counts 23)</source>
        <translation> (jeder Link zählt 23)</translation>
    </message>
    <message>
        <source>%1 is in the past; expected a time after now (%2).</source>
        <translation>%1 liegt in der Vergangenheit; erwartet wird eine Zeit nach jetzt (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead; expected a time no later than %3.</source>
        <translation>%1 liegt mehr als %2 Tage voraus; erwartet wird eine Zeit spätestens %3.</translation>
    </message>
    <message>
        <source>part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.</source>
        <translation>Teil %1 des Threads ist für %3%4 %2 Zeichen lang; %3 nimmt höchstens %5 pro Beitrag an.</translation>
    </message>
    <message>
        <source>is %1 characters long for %2%3; %2 accepts at most %4.</source>
        <translation>ist für %2%3 %1 Zeichen lang; %2 nimmt höchstens %4 an.</translation>
    </message>
    <message>
        <source>post type &quot;%1&quot; is not accepted by %2; %2 accepts %3.</source>
        <translation>Beitragstyp „%1“ wird von %2 nicht angenommen; %2 nimmt %3 an.</translation>
    </message>
    <message>
        <source>has %1 media URLs; %2 accepts at most %3.</source>
        <translation>hat %1 Medien-URLs; %2 nimmt höchstens %3 an.</translation>
    </message>
    <message>
        <source>is empty, but %1 needs at least one image or video URL.</source>
        <translation>ist leer, aber %1 braucht mindestens eine Bild- oder Video-URL.</translation>
    </message>
    <message>
        <source>TRUE or FALSE</source>
        <translation>TRUE oder FALSE</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number such as 0.5</source>
        <translation>eine Zahl wie 0.5</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z</source>
        <translation>ein Datum wie 2026-05-01 oder ein Datum mit Uhrzeit wie 2026-05-01T09:00:00Z</translation>
    </message>
    <message>
        <source>%1 is not accepted; expected %2.</source>
        <translation>%1 wird nicht angenommen; erwartet wird %2.</translation>
    </message>
    <message>
        <source>%1 is not a setting of %2; it is kept but not used.</source>
        <translation>%1 ist keine Einstellung von %2; sie bleibt erhalten, wird aber nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 is not a connected account.</source>
        <translation>%1 ist kein verbundenes Konto.</translation>
    </message>
    <message>
        <source>no account is chosen; choose at least one to post to.</source>
        <translation>kein Konto gewählt; wählen Sie mindestens eines, in dem gepostet wird.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 ist kein Beitragstyp; erwartet wird einer von %2.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an http:// or https:// URL or a file.</source>
        <translation>%1 ist keine Medien-URL; erwartet wird eine http://- oder https://-URL oder eine Datei.</translation>
    </message>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>ist leer; jeder Beitrag braucht Text.</translation>
    </message>
    <message>
        <source>is %1 characters and %2 bytes long; %3 accepts at most %4 characters and %5 bytes (UTF-8) per post.</source>
        <translation>ist %1 Zeichen und %2 Bytes lang; %3 nimmt höchstens %4 Zeichen und %5 Bytes (UTF-8) pro Beitrag an.</translation>
    </message>
    <message>
        <source>part %1 of the thread %2</source>
        <translation>Teil %1 des Threads %2</translation>
    </message>
    <message>
        <source>Shorten that part, or split it in two.</source>
        <translation>Kürzen Sie diesen Teil, oder teilen Sie ihn in zwei.</translation>
    </message>
    <message>
        <source>Shorten it, or split it into a thread.</source>
        <translation>Kürzen Sie ihn, oder teilen Sie ihn in einen Thread auf.</translation>
    </message>
    <message>
        <source>Shorten it, or give %1 a shorter text of its own.</source>
        <translation>Kürzen Sie ihn, oder geben Sie %1 einen eigenen, kürzeren Text.</translation>
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
        <translation>Das Speichern von Beiträgen konnte nicht vorbereitet werden: Der Datenbestand ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>Das Konto %1 ist nicht im Datenbestand.</translation>
    </message>
    <message>
        <source>Could not save the post: %1</source>
        <translation>Der Beitrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The post&apos;s destinations were not resolved.</source>
        <translation>Die Ziele des Beitrags wurden nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Could not save the destination %1: %2</source>
        <translation>Das Ziel %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not queue the post for sync: %1</source>
        <translation>Der Beitrag konnte nicht zur Synchronisierung eingereiht werden: %1</translation>
    </message>
</context>
<context>
    <name>ProviderChannel</name>
    <message>
        <source>Syncing to %1 (%2) is not available yet.</source>
        <translation>Synchronisieren mit %1 (%2) ist noch nicht möglich.</translation>
    </message>
    <message>
        <source>The path %1 leaves %2; Almanac does not send the key there.</source>
        <translation>Der Pfad %1 verlässt %2; Almanac sendet den Schlüssel nicht dorthin.</translation>
    </message>
</context>
<context>
    <name>ProviderOperations</name>
    <message>
        <source>No post here was created in the group %1.</source>
        <translation>Hier wurde kein Beitrag in der Gruppe %1 angelegt.</translation>
    </message>
    <message>
        <source>%1 (%2) has no groups to cancel.</source>
        <translation>%1 (%2) hat keine Gruppen zum Abbrechen.</translation>
    </message>
    <message>
        <source>%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, --since, --until or --post.</source>
        <translation>%1: %2 wurde nicht um einen erneuten Versuch gebeten, da es einen erneuten Versuch ohne Filter ablehnt; geben Sie --platform, --since, --until oder --post an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 destinations queued for retry there.</source>
        <translation>%1: %2 Ziele dort zum erneuten Versuch eingereiht.</translation>
    </message>
    <message>
        <source>%1: the retry was refused: %2</source>
        <translation>%1: Der erneute Versuch wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The store is not open, so the group %1 was not cancelled.</source>
        <translation>Der Datenbestand ist nicht geöffnet, daher wurde die Gruppe %1 nicht storniert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed at %1, which has no way to be asked to publish again: open the post and choose Duplicate to send a copy.</source>
        <translation>
            <numerusform>%Ln Ziel ist bei %1 fehlgeschlagen, und %1 lässt sich nicht bitten, es erneut zu veröffentlichen: Öffnen Sie den Beitrag und wählen Sie „Duplizieren“, um eine Kopie zu senden.</numerusform>
            <numerusform>%Ln Ziele sind bei %1 fehlgeschlagen, und %1 lässt sich nicht bitten, sie erneut zu veröffentlichen: Öffnen Sie den Beitrag und wählen Sie „Duplizieren“, um eine Kopie zu senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable provider name; use 1 to 64 letters, digits, _ or -.</source>
        <translation>„%1“ ist kein verwendbarer Anbietername; verwenden Sie 1 bis 64 Buchstaben, Ziffern, _ oder -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider kind; expected one of %2.</source>
        <translation>„%1“ ist keine Anbieterart; erwartet wird eine von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base URL; expected one such as https://api.openpost.so.</source>
        <translation>„%1“ ist keine Basis-URL; erwartet wird eine wie https://api.openpost.so.</translation>
    </message>
    <message>
        <source>%1 is not a usable rate limit; expected requests per minute from 1 to 100000.</source>
        <translation>%1 ist kein verwendbares Ratenlimit; erwartet werden Anfragen pro Minute von 1 bis 100000.</translation>
    </message>
    <message>
        <source>A bundle.social provider needs its team: add --team-id TEAM.</source>
        <translation>Ein bundle.social-Anbieter braucht sein Team: Geben Sie --team-id TEAM an.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation>Einen Anbieter namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Could not save the provider %1</source>
        <translation>Der Anbieter %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too like the provider &quot;%2&quot;: both would read their key from ALMANAC_API_KEY_%3. Choose a name that differs in more than punctuation or letter case.</source>
        <translation>Der Name „%1“ ist dem Anbieter „%2“ zu ähnlich: Beide würden ihren Schlüssel aus ALMANAC_API_KEY_%3 lesen. Wählen Sie einen Namen, der sich nicht nur in Satzzeichen oder Groß-/Kleinschreibung unterscheidet.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>RowReport</name>
    <message>
        <source>There is no import %1 in the store.</source>
        <translation>Es gibt keinen Import %1 im Datenbestand.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>The row has %1 values but the header has %2 columns; the extra value %3 has no column. Quote values that contain the delimiter.</source>
        <translation>Die Zeile hat %1 Werte, die Kopfzeile aber %2 Spalten; der zusätzliche Wert %3 hat keine Spalte. Setzen Sie Werte, die das Trennzeichen enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>verbunden: %1</translation>
    </message>
    <message>
        <source>%1 is the platform %2, but no %2 account is connected (%3).</source>
        <translation>%1 ist die Plattform %2, aber kein %2-Konto ist verbunden (%3).</translation>
    </message>
    <message>
        <source>%1 is not a platform bundle.social knows; accepted: %2.</source>
        <translation>%1 ist keine Plattform, die bundle.social kennt; akzeptiert: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a connected integration ID nor a platform name; %2.</source>
        <translation>%1 ist weder eine verbundene Integrations-ID noch ein Plattformname; %2.</translation>
    </message>
    <message>
        <source>%1 matches %2 connected integrations (%3); name the one you mean by its ID.</source>
        <translation>%1 passt auf %2 verbundene Integrationen (%3); nennen Sie die gemeinte über ihre ID.</translation>
    </message>
    <message>
        <source>is empty; list at least one platform, such as INSTAGRAM,TIKTOK.</source>
        <translation>ist leer; nennen Sie mindestens eine Plattform, etwa INSTAGRAM,TIKTOK.</translation>
    </message>
    <message>
        <source>is empty; name at least one integration ID or platform (%1).</source>
        <translation>ist leer; nennen Sie mindestens eine Integrations-ID oder Plattform (%1).</translation>
    </message>
    <message>
        <source>is empty; expected %1.</source>
        <translation>ist leer; erwartet wird %1.</translation>
    </message>
    <message>
        <source>%1 is not a date and time Almanac can read; expected %2.</source>
        <translation>%1 ist kein Datum mit Uhrzeit, das Almanac lesen kann; erwartet wird %2.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside the gap, or add an offset such as +01:00.</source>
        <translation>%1 gibt es in %2 nicht: Die Uhren überspringen diese Stunde wegen der Sommerzeit. Wählen Sie eine Zeit außerhalb der Lücke oder fügen Sie einen Versatz wie +01:00 an.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick the second (%4).</source>
        <translation>%1 kommt in %2 zweimal vor (die Uhren werden zurückgestellt); Almanac nimmt das erste Mal, %3. Fügen Sie einen Versatz an, um das zweite zu wählen (%4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A post with the same text, destination (%1) and time is already in Almanac.</source>
        <translation>Ein Beitrag mit demselben Text, Ziel (%1) und derselben Zeit ist bereits in Almanac.</translation>
    </message>
    <message>
        <source>An earlier row has the same text, destination (%1) and time; this looks like a duplicate.</source>
        <translation>Eine frühere Zeile hat denselben Text, dasselbe Ziel (%1) und dieselbe Zeit; das sieht nach einem Duplikat aus.</translation>
    </message>
    <message>
        <source>Row %1 has the same text, destination (%2) and time; this looks like a duplicate.</source>
        <translation>Zeile %1 hat denselben Text, dasselbe Ziel (%2) und dieselbe Zeit; das sieht nach einem Duplikat aus.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an https:// URL.</source>
        <translation>%1 ist keine Medien-URL; erwartet wird eine https://-URL.</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link.</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort; erwartet wird ein einfacher https://-Link.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://.</source>
        <translation>%1 ist nicht verschlüsselt; ein Medienlink in einer importierten Datei muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 can be read day first or month first, and nothing in the file says which. Choose the date order on the mapping page (almanac-cli: --date-order dmy or mdy).</source>
        <translation>%1 lässt sich mit dem Tag oder mit dem Monat zuerst lesen, und nichts in der Datei sagt, wie. Wählen Sie die Datumsreihenfolge auf der Seite der Spaltenzuordnung (almanac-cli: --date-order dmy oder mdy).</translation>
    </message>
    <message>
        <source>no account is connected yet; connect one first (File &gt; Publishing Accounts or Hosted Schedulers)</source>
        <translation>noch ist kein Konto verbunden; verbinden Sie zuerst eines (Datei &gt; Veröffentlichungskonten oder Gehostete Planungsdienste)</translation>
    </message>
    <message>
        <source>is empty, but %1 has a time (%2); give the date it belongs to.</source>
        <translation>ist leer, aber %1 hat eine Uhrzeit (%2); geben Sie das Datum dazu an.</translation>
    </message>
    <message>
        <source>%1 is a time, but %2 has one already (%3); keep the time in one column.</source>
        <translation>%1 ist eine Uhrzeit, aber %2 hat schon eine (%3); geben Sie die Uhrzeit nur in einer Spalte an.</translation>
    </message>
    <message>
        <source>%1 is not a time of day Almanac can read; expected 14:30, 2:30 PM or 9:00.</source>
        <translation>%1 ist keine Uhrzeit, die Almanac lesen kann; erwartet: 14:30, 2:30 PM oder 9:00.</translation>
    </message>
</context>
<context>
    <name>SavePostCommand</name>
    <message>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>Could not record the published post</source>
        <translation>Der veröffentlichte Beitrag konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>Der Fehler konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>Der erneute Versuch konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s start</source>
        <translation>Der Start des Planers konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s round</source>
        <translation>Die Runde des Planers konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s stop</source>
        <translation>Das Ende des Planers konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not claim the post</source>
        <translation>Der Beitrag konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>Could not record the send</source>
        <translation>Das Senden konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Could not record that the post went out</source>
        <translation>Es konnte nicht vermerkt werden, dass der Beitrag veröffentlicht wurde</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>der Datenbestand ist belegt</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No webhook URL for the account %1: %2 Enter it in Publishing Accounts, or set %3.</source>
        <translation>Keine Webhook-URL für das Konto %1: %2 Geben Sie sie unter „Veröffentlichungskonten“ ein oder setzen Sie %3.</translation>
    </message>
    <message>
        <source>No API key for the provider %1: %2 Store one in File → Hosted Schedulers (Set API Key), with &quot;almanac-cli provider set-key %1&quot;, or set %3.</source>
        <translation>Kein API-Schlüssel für den Anbieter %1: %2 Speichern Sie einen unter Datei → Gehostete Planungsdienste (API-Schlüssel festlegen), mit „almanac-cli provider set-key %1“ oder setzen Sie %3.</translation>
    </message>
    <message>
        <source>No secret for the account %1: %2 Store one in File → Publishing Accounts, with &quot;almanac-cli secret set %1&quot;, or set %3.</source>
        <translation>Kein Geheimnis für das Konto %1: %2 Speichern Sie eines unter Datei → Veröffentlichungskonten, mit „almanac-cli secret set %1“ oder setzen Sie %3.</translation>
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
        <translation>Wer antworten darf</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Beitragsart</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Who can watch</source>
        <translation>Wer zusehen darf</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Duette erlauben</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Stitches erlauben</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Kommentare erlauben</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Für Kinder gemacht</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Thumbnail link</source>
        <translation>Link zum Vorschaubild</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>People you follow</source>
        <translation>Personen, denen Sie folgen</translation>
    </message>
    <message>
        <source>People you mention</source>
        <translation>Personen, die Sie erwähnen</translation>
    </message>
    <message>
        <source>Your subscribers</source>
        <translation>Ihre Abonnenten</translation>
    </message>
    <message>
        <source>Verified accounts</source>
        <translation>Verifizierte Konten</translation>
    </message>
    <message>
        <source>Feed post</source>
        <translation>Feed-Beitrag</translation>
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
        <translation>Freunde, die Ihnen auch folgen</translation>
    </message>
    <message>
        <source>Your followers</source>
        <translation>Ihre Follower</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Nur Sie</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Nur Follower</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Nur erwähnte Personen</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <source>Card for the first link</source>
        <translation>Karte für den ersten Link</translation>
    </message>
</context>
<context>
    <name>SqliteClaims</name>
    <message>
        <source>Could not claim the post</source>
        <translation>Der Beitrag konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>Could not claim the provider account: the store is busy</source>
        <translation>Das Anbieterkonto konnte nicht übernommen werden: Der Datenbestand ist belegt</translation>
    </message>
    <message>
        <source>Could not claim the provider account</source>
        <translation>Das Anbieterkonto konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>Could not renew the claim</source>
        <translation>Die Übernahme konnte nicht verlängert werden</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Der Datenbestand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not release the claim</source>
        <translation>Die Übernahme konnte nicht freigegeben werden</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>Der Datenbestand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it is not an SQLite database).</source>
        <translation>%1 ist keine Almanac-Sicherung (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it has no posts, destinations and accounts).</source>
        <translation>%1 ist keine Almanac-Sicherung (sie hat keine Beiträge, Ziele und Konten).</translation>
    </message>
    <message>
        <source>%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.</source>
        <translation>%1 stammt aus einem neueren Almanac (Datenbestandsversion %2; dieses liest bis %3). Aktualisieren Sie Almanac, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for a copy of the current store.</source>
        <translation>Der Ordner %1 für eine Kopie des aktuellen Datenbestands kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first. %1</source>
        <translation>Nichts wurde wiederhergestellt: Der aktuelle Datenbestand konnte vorher nicht kopiert werden. %1</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>Der Datenbestand %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The restore failed and the store is as it was: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen, der Datenbestand ist unverändert: %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1. The store before it is in %2.</source>
        <translation>Die Sicherung wurde wiederhergestellt, konnte aber nicht auf den aktuellen Stand gebracht werden: %1. Der Datenbestand davor liegt in %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SyncProvider</name>
    <message>
        <source>The server asked to wait (HTTP %1)%2</source>
        <translation>Der Server bat zu warten (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2</source>
        <translation>Der Server ist gescheitert (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Refused by the server (HTTP %1): %2</source>
        <translation>Vom Server abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>WebhookPublisher</name>
    <message>
        <source>Almanac is connected: posts for %1 will appear here.</source>
        <translation>Almanac ist verbunden: Beiträge für %1 erscheinen hier.</translation>
    </message>
    <message>
        <source>The webhook accepted a test event.</source>
        <translation>Der Webhook hat ein Testereignis angenommen.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>Der Webhook antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The webhook refused the post (HTTP %1): %2</source>
        <translation>Der Webhook hat den Beitrag abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The account %1 has no usable webhook URL: %2</source>
        <translation>Das Konto %1 hat keine verwendbare Webhook-URL: %2</translation>
    </message>
</context>
<context>
    <name>WebhookUrlMigration</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Der Datenbestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The webhook URL of %1 stays in the store for now: %2</source>
        <translation>Die Webhook-URL von %1 bleibt vorerst im Datenbestand: %2</translation>
    </message>
    <message>
        <source>Could not update the store: %1</source>
        <translation>Der Datenbestand konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>almanacd</name>
    <message>
        <source>Almanac&apos;s scheduler and sync, without the window.</source>
        <translation>Almanacs Planer und Synchronisierung, ohne Fenster.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Den Datenbestand unter PFAD verwenden.</translation>
    </message>
    <message>
        <source>Seconds between scheduler rounds (default 30).</source>
        <translation>Sekunden zwischen den Runden des Planers (Standard 30).</translation>
    </message>
    <message>
        <source>Publish posts up to MINUTES late; later ones wait for the user (default: the window&apos;s setting, 15).</source>
        <translation>Beiträge bis zu MINUTEN verspätet veröffentlichen; spätere warten auf den Benutzer (Standard: die Einstellung des Fensters, 15).</translation>
    </message>
    <message>
        <source>Hold a post being published for SECONDS at a time, renewed while it runs: how long another scheduler waits to take over if this one is killed (default 120).</source>
        <translation>Einen Beitrag, der gerade veröffentlicht wird, jeweils SEKUNDEN lang halten, verlängert, solange es läuft: So lange wartet ein anderer Planer, bevor er übernimmt, falls dieser beendet wird (Standard 120).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Almanac, the offline-first content calendar.</source>
        <translation>Almanac, der Offline-first-Redaktionskalender.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Den Datenbestand unter PFAD verwenden.</translation>
    </message>
    <message>
        <source>Try Almanac on a sample content plan in a temporary store (your own store is not touched).</source>
        <translation>Almanac mit einem Beispiel-Redaktionsplan in einem temporären Datenbestand ausprobieren (Ihr eigener bleibt unberührt).</translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation>Eine zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Almanac cannot start</source>
        <translation>Almanac kann nicht starten</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Der Datenbestand konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
</TS>
