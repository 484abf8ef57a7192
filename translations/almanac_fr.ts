<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Almanac</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Almanac::AccountsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>&amp;Enregistrer le compte</translation>
    </message>
    <message>
        <source>Publishing Accounts</source>
        <translation>Comptes de publication</translation>
    </message>
    <message>
        <source>N&amp;ew Account</source>
        <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
        <source>Accounts Almanac publishes to:</source>
        <translation>Comptes où Almanac publie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>Ajouter le &amp;compte</translation>
    </message>
    <message>
        <source>Ser&amp;vice URL:</source>
        <translation>URL du ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>Mot de passe d&apos;&amp;application&#xa0;:</translation>
    </message>
    <message>
        <source>Use an app password, not your account password: in Bluesky, Settings → Privacy and security → App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own.</source>
        <translation>Utilisez un mot de passe d&apos;application, pas celui de votre compte&#xa0;: dans Bluesky, Réglages → Confidentialité et sécurité → Mots de passe d&apos;application. Laissez l&apos;URL du service vide pour bsky.social&#xa0;; indiquez votre PDS si vous hébergez le vôtre.</translation>
    </message>
    <message>
        <source>&amp;Instance URL:</source>
        <translation>URL de l&apos;&amp;instance&#xa0;:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>On your instance: Preferences → Development → New application, with the scopes write:statuses and write:media; paste its access token here.</source>
        <translation>Sur votre instance&#xa0;: Préférences → Développement → Nouvelle application, avec les autorisations write:statuses et write:media&#xa0;; collez ici son jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL du &amp;webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Clé de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>Dans Discord&#xa0;: Paramètres du serveur → Intégrations → Webhooks → Nouveau webhook → Copier l&apos;URL du webhook. Quiconque a l&apos;URL peut publier&#xa0;; elle est donc conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>In Slack: create an app with Incoming Webhooks and add one to the channel. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>Dans Slack&#xa0;: créez une application avec «&#xa0;Incoming Webhooks&#xa0;» et ajoutez-en un au canal. Quiconque a l&apos;URL peut publier&#xa0;; elle est donc conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Enter the Bluesky handle, like yourname.bsky.social.</source>
        <translation>Saisissez l&apos;identifiant Bluesky, comme votrenom.bsky.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de service&#xa0;; laissez le champ vide pour bsky.social, ou indiquez-en une comme https://pds.example.com.</translation>
    </message>
    <message>
        <source>Enter an app password for %1.</source>
        <translation>Saisissez un mot de passe d&apos;application pour %1.</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Saisissez l&apos;URL de l&apos;instance, comme https://mastodon.social.</translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s URL, starting with https://.</source>
        <translation>Saisissez l&apos;URL du webhook, commençant par https://.</translation>
    </message>
    <message>
        <source>Enter the access token of the application you made on %1.</source>
        <translation>Saisissez le jeton d&apos;accès de l&apos;application créée sur %1.</translation>
    </message>
    <message>
        <source>Paste the incoming webhook&apos;s URL, starting with https://.</source>
        <translation>Collez l&apos;URL du webhook entrant, commençant par https://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1 was saved, but its secret was not stored: %2</source>
        <translation>%1 a été enregistré, mais son secret ne l&apos;a pas été&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Added %1 (ID %2). Posts to it are published at their time.</source>
        <translation>%1 ajouté (ID %2). Ses publications partent à leur heure.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Stop publishing to the selected account and forget its password</source>
        <translation>Ne plus publier sur le compte sélectionné et oublier son mot de passe</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from Almanac?</source>
        <translation>Retirer %1 d&apos;Almanac&#xa0;?</translation>
    </message>
    <message>
        <source>Almanac stops publishing to it and its password leaves the keychain. Posts already published there keep it in their history; adding it again later brings it back.</source>
        <translation>Almanac n&apos;y publie plus et son mot de passe quitte le trousseau. Les publications déjà parues le gardent dans leur historique&#xa0;; l&apos;ajouter de nouveau plus tard le fait revenir.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Removed %1, but its password is still in the keychain: %2</source>
        <translation>%1 retiré, mais son mot de passe est encore dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>%1 was saved, but its URL was not stored: %2</source>
        <translation>%1 a été enregistré, mais son URL ne l&apos;a pas été&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its posts go out unsigned until you give it a signing secret.</source>
        <translation>Ses publications partent non signées tant que vous ne lui donnez pas de clé de signature.</translation>
    </message>
    <message>
        <source>optional; without one, unsigned</source>
        <translation>facultatif&#xa0;; sans, non signé</translation>
    </message>
    <message>
        <source>Almanac sends each post to this address as JSON. With a signing secret, every request is signed (the Standard Webhooks way) so your receiver can check that it came from Almanac and is not an old one sent again; without one, anyone who learns the address can post as Almanac. The address and the secret are kept in the system keychain.</source>
        <translation>Almanac envoie chaque publication à cette adresse en JSON. Avec une clé de signature, chaque requête est signée (selon Standard Webhooks) pour que votre destinataire vérifie qu’elle vient d’Almanac et n’est pas une ancienne renvoyée&#xa0;; sans clé, quiconque connaît l’adresse peut publier au nom d’Almanac. L’adresse et la clé sont gardées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Add a %1 account that Almanac publishes to itself</source>
        <translation>Ajouter un compte %1 sur lequel Almanac publie lui-même</translation>
    </message>
    <message>
        <source>X, Instagram, LinkedIn, TikTok and the rest go through a hosted scheduler (OpenPost, PostEverywhere or bundle.social): &lt;a href=&quot;#hosted&quot;&gt;set one up&lt;/a&gt;.</source>
        <translation>X, Instagram, LinkedIn, TikTok et les autres passent par un planificateur hébergé (OpenPost, PostEverywhere ou bundle.social)&#xa0;: &lt;a href=&quot;#hosted&quot;&gt;en configurer un&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 was saved, but its server&apos;s limits were not: %2</source>
        <translation>%1 a été enregistré, mais pas les limites de son serveur&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Its server takes up to %Ln characters per post; Almanac counts by that.</source>
        <translation>
            <numerusform>Son serveur accepte jusqu&apos;à %Ln caractère par publication&#xa0;; Almanac compte d&apos;après cela.</numerusform>
            <numerusform>Son serveur accepte jusqu&apos;à %Ln caractères par publication&#xa0;; Almanac compte d&apos;après cela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites&#xa0;:</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own until the instance is read (on saving or Test Connection): %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Celles de Mastodon, tant que l&apos;instance n&apos;a pas été lue (à l&apos;enregistrement ou avec «&#xa0;Tester la connexion&#xa0;»)&#xa0;: %1 caractères par publication, un lien compte pour %2, %3 images ou vidéos.</translation>
    </message>
    <message>
        <source>As the instance says: %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Selon l&apos;instance&#xa0;: %1 caractères par publication, un lien compte pour %2, %3 images ou vidéos.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>%1 publishes to this account for Almanac: change it in Hosted Schedulers.</source>
        <translation>%1 publie sur ce compte pour Almanac&#xa0;: modifiez-le dans Services de planification hébergés.</translation>
    </message>
    <message>
        <source>Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs (Settings, Publishing). Passwords and tokens go into the system keychain, never into Almanac&apos;s files.</source>
        <translation>Almanac publie lui-même sur ces comptes, à la minute prévue, tant que la fenêtre ou almanacd tourne (Paramètres, Publication). Les mots de passe et les jetons vont dans le trousseau du système, jamais dans les fichiers d’Almanac.</translation>
    </message>
    <message>
        <source>empty: the system keychain keeps what it has</source>
        <translation>vide&#xa0;: le trousseau du système garde ce qu&apos;il a</translation>
    </message>
</context>
<context>
    <name>Almanac::AlmanacdAtLogin</name>
    <message>
        <source>This computer does not start programs through systemd (there is no systemctl).</source>
        <translation>Cet ordinateur ne lance pas les programmes par systemd (il n’y a pas de systemctl).</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl n’a pas répondu en %n&#xa0;seconde.</numerusform>
            <numerusform>systemctl n’a pas répondu en %n&#xa0;secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>systemctl n’a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while the window is closed.</source>
        <translation>almanacd n’est pas à côté d’Almanac (cherché&#xa0;: %1)&#xa0;: réinstallez Almanac pour publier quand la fenêtre est fermée.</translation>
    </message>
    <message>
        <source>The store&apos;s path %1 holds a control character, which systemd cannot pass on to almanacd. Move the store to a folder with a plain name.</source>
        <translation>Le chemin des données %1 contient un caractère de contrôle, que systemd ne peut pas transmettre à almanacd. Déplacez les données dans un dossier au nom simple.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not turn on publishing while the window is closed</source>
        <translation>Impossible d’activer la publication quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>almanacd now publishes while the window is closed, and starts when you log in.</source>
        <translation>almanacd publie désormais quand la fenêtre est fermée, et démarre à votre connexion.</translation>
    </message>
    <message>
        <source>Could not turn off publishing while the window is closed</source>
        <translation>Impossible de désactiver la publication quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>almanacd has stopped: posts are published only while the window is open.</source>
        <translation>almanacd est arrêté&#xa0;: les publications ne partent que tant que la fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation>systemctl s’est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>almanacd already starts at login, set up by %1, which may publish another store.</source>
        <translation>almanacd démarre déjà à la connexion, réglé par %1, qui publie peut-être d’autres données.</translation>
    </message>
    <message>
        <source>Almanac is installed in a folder whose name systemd cannot run a program from (%1: a quote, a backslash, a $ or a control character). Install it in a folder with a plain name.</source>
        <translation>Almanac est installé dans un dossier dont systemd ne peut pas lancer de programme à cause de son nom (%1&#xa0;: un guillemet, une barre oblique inverse, un $ ou un caractère de contrôle). Installez-le dans un dossier au nom simple.</translation>
    </message>
    <message>
        <source>%1 is a unit of your own, so Almanac leaves it alone: start almanacd from it, or remove it and turn this on again.</source>
        <translation>%1 est une unité à vous, donc Almanac n’y touche pas&#xa0;: lancez almanacd par elle, ou supprimez-la et réactivez ceci.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>almanacd starts at login now, but it did not start</source>
        <translation>almanacd démarre désormais à la connexion, mais il n’a pas démarré</translation>
    </message>
    <message>
        <source>almanacd still starts at login, set up by %1</source>
        <translation>almanacd démarre toujours à la connexion, réglé par %1</translation>
    </message>
    <message>
        <source>almanacd is not running (systemd says: %1)</source>
        <translation>almanacd ne tourne pas (systemd indique&#xa0;: %1)</translation>
    </message>
    <message>
        <source>systemd does not read units from %1</source>
        <translation>systemd ne lit pas d’unités dans %1</translation>
    </message>
    <message>
        <source>systemd runs almanacd as %1 says</source>
        <translation>systemd lance almanacd comme l’indique %1</translation>
    </message>
    <message>
        <source>systemd says: %1</source>
        <translation>systemd indique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::BackgroundPublishingRow</name>
    <message>
        <source>Publishing while the window is closed: finding out…</source>
        <translation>Publication quand la fenêtre est fermée&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Tu&amp;rn On</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;. almanacd runs in the background and starts when you log in.</source>
        <translation>Publication quand la fenêtre est fermée&#xa0;: &lt;b&gt;activée&lt;/b&gt;. almanacd tourne en arrière-plan et démarre à votre connexion.</translation>
    </message>
    <message>
        <source>Tu&amp;rn Off</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;off&lt;/b&gt;. A post due while the window is closed goes out when you open it, if it is not later than the limit below.</source>
        <translation>Publication quand la fenêtre est fermée&#xa0;: &lt;b&gt;désactivée&lt;/b&gt;. Une publication due pendant que la fenêtre est fermée part à son ouverture, si elle n’a pas plus de retard que la limite ci-dessous.</translation>
    </message>
    <message>
        <source>Turning off publishing while the window is closed…</source>
        <translation>Désactivation de la publication quand la fenêtre est fermée…</translation>
    </message>
    <message>
        <source>Turning on publishing while the window is closed…</source>
        <translation>Activation de la publication quand la fenêtre est fermée…</translation>
    </message>
    <message>
        <source>At once, not on OK: almanacd publishes due posts to your Bluesky, Mastodon and webhook accounts, and syncs with your hosted schedulers, while this window is closed. It starts when you log in.</source>
        <translation>Immédiatement, pas à OK&#xa0;: almanacd publie les publications dues sur vos comptes Bluesky, Mastodon et webhook, et synchronise avec vos services de planification hébergés, quand cette fenêtre est fermée. Il démarre à votre connexion.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;, but %1: it starts at your next login, or turn it off and on again to start it now.</source>
        <translation>Publication quand la fenêtre est fermée&#xa0;: &lt;b&gt;activée&lt;/b&gt;, mais %1&#xa0;: il démarrera à votre prochaine connexion, ou désactivez et réactivez pour le démarrer maintenant.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed cannot be set up from here (%1). To have it, have this run when you log in: %2</source>
        <translation>La publication quand la fenêtre est fermée ne peut pas être réglée d’ici (%1). Pour l’avoir, faites lancer ceci à votre connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: finishing the change you asked for before…</source>
        <translation>Publication quand la fenêtre est fermée&#xa0;: fin de la modification demandée auparavant…</translation>
    </message>
</context>
<context>
    <name>Almanac::BackupActions</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Sau&amp;vegarder les données…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Save every post, account and import into one file</source>
        <translation>Enregistrer toutes les publications, comptes et importations dans un seul fichier</translation>
    </message>
    <message>
        <source>Replace the store with a backup (the current store is kept in the backups folder)</source>
        <translation>Remplacer les données par une sauvegarde (les données actuelles restent dans le dossier des sauvegardes)</translation>
    </message>
    <message>
        <source>Almanac backup %1.sqlite</source>
        <translation>Sauvegarde Almanac %1.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Sauvegarder les données</translation>
    </message>
    <message>
        <source>Almanac backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes Almanac (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde vers %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé vers %1.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replace everything in Almanac with this backup?</source>
        <translation>Remplacer tout le contenu d&apos;Almanac par cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>%1 contient %2 et %3. Les données telles qu&apos;elles sont maintenant sont d&apos;abord conservées dans le dossier des sauvegardes&#xa0;; vous pouvez donc annuler en restaurant cette copie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restored %1. The store as it was is kept in %2.</source>
        <translation>%1 restauré. Les données précédentes sont conservées dans %2.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>La sauvegarde automatique du jour a échoué&#xa0;: %1</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
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
        <translation>Impossible de planifier une publication le %1&#xa0;: on ne peut planifier qu&apos;au plus %2 jours à l&apos;avance.</translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: that time has passed. Choose a later day or time.</source>
        <translation>Impossible de planifier une publication le %1&#xa0;: ce moment est passé. Choisissez un jour ou une heure ultérieurs.</translation>
    </message>
    <message>
        <source>A post that is published or being published cannot be moved: copy it instead (Ctrl+D, or hold Ctrl while dragging).</source>
        <translation>Une publication publiée ou en cours de publication ne peut pas être déplacée&#xa0;: copiez-la plutôt (Ctrl+D, ou maintenez Ctrl en la faisant glisser).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published post(s) stayed where they went out; the others moved.</source>
        <translation>
            <numerusform>%Ln publication publiée est restée là où elle est partie&#xa0;; les autres ont été déplacées.</numerusform>
            <numerusform>%Ln publications publiées sont restées là où elles sont parties&#xa0;; les autres ont été déplacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ComposerDialog</name>
    <message>
        <source>&amp;No date yet</source>
        <translation>&amp;Pas encore de date</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Pl&amp;anifier</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;liquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation>Comptes où publier</translation>
    </message>
    <message>
        <source>Text for every platform</source>
        <translation>Texte pour toutes les plateformes</translation>
    </message>
    <message>
        <source>What do you want to say? Each platform&apos;s tab can have a text of its own.</source>
        <translation>Que voulez-vous dire&#xa0;? Chaque onglet de plateforme peut avoir son propre texte.</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
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
        <translation>lancement, T3</translation>
    </message>
    <message>
        <source>Keep the draft without a date: it waits in the Unscheduled Drafts panel until you drag it onto a day.</source>
        <translation>Garder le brouillon sans date&#xa0;: il attend dans le panneau Brouillons non planifiés jusqu&apos;à ce que vous le déposiez sur un jour.</translation>
    </message>
    <message>
        <source>Post &amp;type:</source>
        <translation>&amp;Type de publication&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Qua&amp;nd&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>Mé&amp;dias&#xa0;:</translation>
    </message>
    <message>
        <source>Queue the post to be published right away</source>
        <translation>Mettre la publication en file pour qu&apos;elle parte tout de suite</translation>
    </message>
    <message>
        <source>Keep this post and start a copy of it</source>
        <translation>Garder cette publication et en commencer une copie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>P&amp;ost to:</source>
        <translation>Publier s&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>Choose a date to schedule the post</source>
        <translation>Choisissez une date pour planifier la publication</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.</source>
        <translation>%1 n&apos;existe pas le %2 dans le fuseau %3&#xa0;: on avance l&apos;heure. La publication partira à %4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>L&apos;heure</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes&#xa0;:</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
    <message>
        <source>The post type:</source>
        <translation>Le type de publication&#xa0;:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Impossible d&apos;enregistrer la publication</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation>Planifiée pour %1 (%2).</translation>
    </message>
    <message>
        <source>Queued to publish now.</source>
        <translation>En file pour publication immédiate.</translation>
    </message>
    <message>
        <source>New Post (Copy)</source>
        <translation>Nouvelle publication (copie)</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>Impossible de supprimer la publication</translation>
    </message>
    <message>
        <source>Post deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Publication supprimée. Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
    <message>
        <source>Published Post</source>
        <translation>Publication publiée</translation>
    </message>
    <message>
        <source>Post Going Out</source>
        <translation>Publication en cours d’envoi</translation>
    </message>
    <message>
        <source>Dupli&amp;cate as New Post</source>
        <translation>Dupliquer en nouvelle publi&amp;cation</translation>
    </message>
    <message>
        <source>Keep This Post?</source>
        <translation>Garder cette publication&#xa0;?</translation>
    </message>
    <message>
        <source>You changed this post. Save the changes as a draft before closing?</source>
        <translation>Vous avez modifié cette publication. Enregistrer les modifications comme brouillon avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>This post is not saved yet. Save it as a draft before closing?</source>
        <translation>Cette publication n’est pas encore enregistrée. L’enregistrer comme brouillon avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>No account is connected yet: connect one to post to.</source>
        <translation>Aucun compte n’est encore connecté&#xa0;: connectez-en un pour y publier.</translation>
    </message>
    <message>
        <source>Schedule the post for its time (Ctrl+Enter)</source>
        <translation>Planifier la publication à son heure (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 %2/%3 · %4/%5 bytes</source>
        <translation>%1 %2/%3 · %4/%5 octets</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s usual limit; an instance may allow more or less. Almanac reads your instance&apos;s own when the account is saved or tested in Publishing Accounts.</source>
        <translation>%1 est la limite habituelle de %2&#xa0;; une instance peut en permettre plus ou moins. Almanac lit celle de votre instance quand le compte est enregistré ou testé dans Comptes de publication.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Each platform counts in its own way: X counts a link as 23 and most emoji as 2; Mastodon counts a link as 23 and a mention of another server&apos;s account by its name alone; Bluesky counts what you see and caps the bytes too.</source>
        <translation>Chaque plateforme compte à sa façon&#xa0;: X compte un lien pour 23 et la plupart des emoji pour 2&#xa0;; Mastodon compte un lien pour 23 et la mention d’un compte d’un autre serveur par son seul nom&#xa0;; Bluesky compte ce que vous voyez et limite aussi les octets.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>You changed this scheduled post. Save the changes? It stays scheduled for %1.</source>
        <translation>Vous avez modifié cette publication planifiée. Enregistrer les modifications&#xa0;? Elle reste planifiée pour le %1.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>You changed this scheduled post, and as it is now it cannot go out (the composer says why). Saved as a draft, it comes off the schedule and is not published.</source>
        <translation>Vous avez modifié cette publication planifiée et, telle qu&apos;elle est, elle ne peut pas partir (l&apos;éditeur dit pourquoi). Enregistrée comme brouillon, elle sort du planning et n&apos;est pas publiée.</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>Dis&amp;card Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Post deleted from Almanac; where it was published, it stays up: delete it there too if it should go. Undo (Ctrl+Z) brings it back here.</source>
        <translation>Publication supprimée d&apos;Almanac&#xa0;; là où elle a été publiée, elle reste en ligne&#xa0;: supprimez-la aussi là-bas si elle doit disparaître. Annuler (Ctrl+Z) la ramène ici.</translation>
    </message>
</context>
<context>
    <name>Almanac::ConfirmPage</name>
    <message>
        <source>Confirm the Import</source>
        <translation>Confirmer l&apos;importation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 from &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vers %2 depuis &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2).</source>
        <translation>Le %1 (%2).</translation>
    </message>
    <message>
        <source>Between %1 and %2 (%3).</source>
        <translation>Entre le %1 et le %2 (%3).</translation>
    </message>
    <message>
        <source>%1 scheduled · %2 drafts</source>
        <translation>%1 planifiées · %2 brouillons</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Per platform: %1</source>
        <translation>Par plateforme&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) excluded: recorded in the import history, not imported.</source>
        <translation>
            <numerusform>%Ln ligne exclue&#xa0;: consignée dans l&apos;historique des importations, non importée.</numerusform>
            <numerusform>%Ln lignes exclues&#xa0;: consignées dans l&apos;historique des importations, non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Post(s)</source>
        <translation>
            <numerusform>&amp;Importer %Ln publication</numerusform>
            <numerusform>&amp;Importer %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>L&apos;importation a été arrêtée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln ligne contient maintenant des erreurs. Le fichier ou les comptes ont-ils changé depuis la vérification&#xa0;? Revenez en arrière pour la vérifier de nouveau.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln lignes contiennent maintenant des erreurs. Le fichier ou les comptes ont-ils changé depuis la vérification&#xa0;? Revenez en arrière pour les vérifier de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every post is added to the calendar, or none is: an import is never left half done.</source>
        <translation>Toutes les publications entrent dans le calendrier, ou aucune&#xa0;: une importation n’est jamais faite à moitié.</translation>
    </message>
</context>
<context>
    <name>Almanac::DeliveryStatus</name>
    <message>
        <source>✓ Published to %1.</source>
        <translation>✓ Publiée sur %1.</translation>
    </message>
    <message>
        <source>✓ Published to %1: &lt;a href=&quot;%2&quot;&gt;see the post&lt;/a&gt;.</source>
        <translation>✓ Publiée sur %1&#xa0;: &lt;a href=&quot;%2&quot;&gt;voir la publication&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>… Going out to %1 now.</source>
        <translation>… En cours de publication sur %1.</translation>
    </message>
    <message>
        <source>? Not known whether it reached %1: %2 Check the account, then: &lt;a href=&quot;%3&quot;&gt;It Went Out&lt;/a&gt; or &lt;a href=&quot;%4&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>? On ne sait pas si elle est arrivée sur %1&#xa0;: %2 Vérifiez le compte, puis&#xa0;: &lt;a href=&quot;%3&quot;&gt;Elle est partie&lt;/a&gt; ou &lt;a href=&quot;%4&quot;&gt;L&apos;envoyer de nouveau&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✗ Not published to %1: %2 &lt;a href=&quot;%3&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>✗ Non publiée sur %1&#xa0;: %2 &lt;a href=&quot;%3&quot;&gt;L&apos;envoyer de nouveau&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Almanac::EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>launch, #q3</source>
        <translation>lancement, #t3</translation>
    </message>
    <message numerus="yes">
        <source>Change the tags of %Ln selected post(s). Separate tags with commas or spaces.</source>
        <translation>
            <numerusform>Modifier les étiquettes de %Ln publication sélectionnée. Séparez les étiquettes par des virgules ou des espaces.</numerusform>
            <numerusform>Modifier les étiquettes de %Ln publications sélectionnées. Séparez les étiquettes par des virgules ou des espaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirer&#xa0;:</translation>
    </message>
    <message>
        <source>Click a tag to add it.</source>
        <translation>Cliquez sur une étiquette pour l’ajouter.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Almanac::ExportDialog</name>
    <message>
        <source>&amp;Team ID:</source>
        <translation>ID d&apos;é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation>&amp;Jours du</translation>
    </message>
    <message>
        <source>Export Posts</source>
        <translation>Exporter des publications</translation>
    </message>
    <message>
        <source>OpenPost CSV</source>
        <translation>CSV OpenPost</translation>
    </message>
    <message>
        <source>bundle.social CSV</source>
        <translation>CSV bundle.social</translation>
    </message>
    <message>
        <source>JSON (everything)</source>
        <translation>JSON (tout)</translation>
    </message>
    <message>
        <source>iCalendar (for calendar apps)</source>
        <translation>iCalendar (pour les applications d&apos;agenda)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>bundle.social team ID</source>
        <translation>ID d&apos;équipe bundle.social</translation>
    </message>
    <message>
        <source>from bundle.social&apos;s team settings</source>
        <translation>dans les paramètres d&apos;équipe de bundle.social</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All posts (%Ln)</source>
        <translation>
            <numerusform>&amp;Toutes les publications (%Ln)</numerusform>
            <numerusform>&amp;Toutes les publications (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected posts (%Ln)</source>
        <translation>
            <numerusform>Publications &amp;sélectionnées (%Ln)</numerusform>
            <numerusform>Publications &amp;sélectionnées (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>through</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>A spreadsheet in OpenPost&apos;s columns that Almanac and OpenPost read back. Alt text and media meant for one platform only are not carried.</source>
        <translation>Un tableur aux colonnes d&apos;OpenPost, qu&apos;Almanac et OpenPost relisent. Les textes alternatifs et les médias destinés à une seule plateforme ne sont pas repris.</translation>
    </message>
    <message>
        <source>A spreadsheet in bundle.social&apos;s columns, ready for its CSV import. Tags, alt text and post types are not carried.</source>
        <translation>Un tableur aux colonnes de bundle.social, prêt pour son importation CSV. Les étiquettes, textes alternatifs et types de publication ne sont pas repris.</translation>
    </message>
    <message>
        <source>Every field of every post, for another Almanac or your own scripts; Almanac imports it back whole.</source>
        <translation>Chaque champ de chaque publication, pour un autre Almanac ou vos propres scripts&#xa0;; Almanac le réimporte en entier.</translation>
    </message>
    <message>
        <source>One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.</source>
        <translation>Un événement par publication datée, en UTC, pour Google Agenda, Outlook ou Calendrier d&apos;Apple. Un nouvel export met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Almanac posts %1</source>
        <translation>Publications Almanac %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln post(s) to %1.</source>
        <translation>
            <numerusform>%Ln publication exportée vers %1.</numerusform>
            <numerusform>%Ln publications exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::FailedPanel</name>
    <message>
        <source>&amp;Retry Selected</source>
        <translation>&amp;Réessayer la sélection</translation>
    </message>
    <message>
        <source>Retry All in &amp;Range…</source>
        <translation>Réessayer toute la &amp;période…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed. Select one to see why; double-click to open the post.</source>
        <translation>
            <numerusform>%Ln destination en échec. Sélectionnez-la pour voir pourquoi&#xa0;; un double-clic ouvre la publication.</numerusform>
            <numerusform>%Ln destinations en échec. Sélectionnez-en une pour voir pourquoi&#xa0;; un double-clic ouvre la publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has failed.</source>
        <translation>Rien n&apos;a échoué.</translation>
    </message>
    <message>
        <source>Retry Failed Posts</source>
        <translation>Réessayer les publications en échec</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Queue again every destination that failed between these days (inclusive).</source>
        <translation>Remettre en file chaque destination en échec entre ces jours (inclus).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>It &amp;Went Out</source>
        <translation>Elle est &amp;partie</translation>
    </message>
    <message>
        <source>For an unconfirmed post: you checked the account, and the post is there</source>
        <translation>Pour une publication non confirmée&#xa0;: vous avez vérifié le compte, et la publication y est</translation>
    </message>
</context>
<context>
    <name>Almanac::FailedTargetsModel</name>
    <message numerus="yes">
        <source>%1
(%n attempt(s))</source>
        <translation>
            <numerusform>%1
(%n tentative)</numerusform>
            <numerusform>%1
(%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>Almanac::FilePage</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>A content plan in the OpenPost or the bundle.social format: one row per post.</source>
        <translation>Un plan de contenu au format OpenPost ou bundle.social&#xa0;: une ligne par publication.</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>Déposez un fichier CSV ici</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::FilterPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check tags to show only posts with one of them.</source>
        <translation>Cochez des étiquettes pour n&apos;afficher que les publications qui en portent une.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · provider: %2</source>
        <translation>%1 · fournisseur&#xa0;: %2</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Aucun compte connecté</translation>
    </message>
    <message>
        <source>No tags in view</source>
        <translation>Aucune étiquette dans la vue</translation>
    </message>
</context>
<context>
    <name>Almanac::HttpClient</name>
    <message>
        <source>The address is not a web address; expected one like https://example.com.</source>
        <translation>L&apos;adresse n&apos;est pas une adresse web&#xa0;; attendu&#xa0;: une adresse comme https://example.com.</translation>
    </message>
    <message>
        <source>%1 did not give a whole answer within %2 seconds.</source>
        <translation>%1 n&apos;a pas donné de réponse complète en %2 secondes.</translation>
    </message>
    <message>
        <source>The host %1 could not be found: %2.</source>
        <translation>Le serveur %1 est introuvable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes; Almanac stopped reading.</source>
        <translation>%1 a répondu avec plus de %2 octets&#xa0;; Almanac a arrêté la lecture.</translation>
    </message>
    <message>
        <source>%1 announced an answer of %2 bytes; Almanac takes at most %3.</source>
        <translation>%1 a annoncé une réponse de %2 octets&#xa0;; Almanac accepte au plus %3.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds (the request timed out).</source>
        <translation>%1 n&apos;a rien envoyé pendant %2 secondes (la requête a expiré).</translation>
    </message>
    <message>
        <source>No answer from %1: %2.</source>
        <translation>Pas de réponse de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 a redirigé la requête plus de %2 fois.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address that is not a web address.</source>
        <translation>%1 a redirigé la requête vers une adresse qui n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>%1 redirected the request from https to plain http at %2; Almanac does not follow that.</source>
        <translation>%1 a redirigé la requête de https vers du simple http à %2&#xa0;; Almanac ne suit pas cette redirection.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Almanac never sends your key or password to another host. If the service moved, change the account&apos;s address.</source>
        <translation>%1 a redirigé la requête vers %2&#xa0;; Almanac n&apos;envoie jamais votre clé ou votre mot de passe à un autre serveur. Si le service a déménagé, changez l&apos;adresse du compte.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address with a user name or password.</source>
        <translation>%1 a redirigé la requête vers une adresse contenant un nom d&apos;utilisateur ou un mot de passe.</translation>
    </message>
    <message>
        <source>%1 redirected an upload to %2; Almanac does not send it again there.</source>
        <translation>%1 a redirigé un envoi vers %2&#xa0;; Almanac ne l&apos;y renvoie pas.</translation>
    </message>
    <message>
        <source>%1 moved the address (HTTP %2); change the account&apos;s address to where it moved.</source>
        <translation>%1 a déplacé l&apos;adresse (HTTP %2)&#xa0;; remplacez l&apos;adresse du compte par la nouvelle.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 resolves to %2.</source>
        <translation>Refusé&#xa0;: %1 pointe vers %2.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut short: %2.</source>
        <translation>La réponse de %1 a été interrompue&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportFlows</name>
    <message>
        <source>Import JSON Export</source>
        <translation>Importer un export JSON</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln problème dans %1.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln problèmes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln post(s).</source>
        <translation>
            <numerusform>%Ln publication importée.</numerusform>
            <numerusform>%Ln publications importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l’import…</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %Ln post(s) removed.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %Ln publication supprimée.</numerusform>
            <numerusform>Importation annulée&#xa0;: %Ln publications supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Export Row Report…</source>
        <translation>&amp;Exporter le rapport des lignes…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Remove the posts this import created? Posts you made or changed since are not touched; the history keeps its rows.</source>
        <translation>Supprimer les publications créées par cette importation&#xa0;? Celles que vous avez créées ou modifiées depuis ne sont pas touchées&#xa0;; l&apos;historique garde ses lignes.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Export Row Report</source>
        <translation>Exporter le rapport des lignes</translation>
    </message>
    <message>
        <source>%1 rows.csv</source>
        <translation>%1 lignes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show &amp;details: each post&apos;s ID and the row as stored</source>
        <translation>Afficher les &amp;détails&#xa0;: l’identifiant de chaque publication et la ligne telle qu’enregistrée</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportPreviewModel</name>
    <message>
        <source>Warning: </source>
        <translation>Avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Clear to leave this row out of the import (it is recorded as excluded).</source>
        <translation>Décochez pour laisser cette ligne hors de l&apos;importation (elle est consignée comme exclue).</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportRowsModel</name>
    <message>
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Ignorée (invalide)</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Identifiant de la publication</translation>
    </message>
    <message>
        <source>Row as stored</source>
        <translation>Ligne telle qu’enregistrée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Left out in the preview</source>
        <translation>Exclue dans l&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Discard Your Fixes?</source>
        <translation>Abandonner vos corrections&#xa0;?</translation>
    </message>
    <message>
        <source>You fixed or left out rows of %1. Closing now loses those changes; the file itself is not changed.</source>
        <translation>Vous avez corrigé ou écarté des lignes de %1. Fermer maintenant perd ces modifications&#xa0;; le fichier lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation>&amp;Abandonner les corrections</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
</context>
<context>
    <name>Almanac::JsonImportDialog</name>
    <message>
        <source>Import JSON Export</source>
        <translation>Importer un export JSON</translation>
    </message>
    <message numerus="yes">
        <source>Add the %Ln post(s) in %1 to the calendar?</source>
        <translation>
            <numerusform>Ajouter au calendrier la %Ln publication de %1&#xa0;?</numerusform>
            <numerusform>Ajouter au calendrier les %Ln publications de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They become one import, which Import History can undo.</source>
        <translation>Elles forment une seule importation, que l&apos;historique des importations peut annuler.</translation>
    </message>
    <message>
        <source>These posts would upload files from this computer. A plan from someone else can name any file, so check each one you expect to be published:</source>
        <translation>Ces publications enverraient des fichiers de cet ordinateur. Un plan venant de quelqu&apos;un d&apos;autre peut indiquer n&apos;importe quel fichier, alors cochez chacun de ceux que vous comptez voir publiés&#xa0;:</translation>
    </message>
    <message>
        <source>Files from this computer</source>
        <translation>Fichiers de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Check every file to import the posts, or Cancel to import nothing.</source>
        <translation>Cochez chaque fichier pour importer les publications, ou Annulez pour ne rien importer.</translation>
    </message>
</context>
<context>
    <name>Almanac::LocalScheduler</name>
    <message>
        <source>Published %1.</source>
        <translation>%1 publiée.</translation>
    </message>
    <message>
        <source>Will try %1 again: %2</source>
        <translation>Nouvel essai pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Missed %1.</source>
        <translation>%1 manquée.</translation>
    </message>
    <message>
        <source>Could not publish %1: %2</source>
        <translation>Impossible de publier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>«&#xa0;%1&#xa0;» vers %2</translation>
    </message>
    <message>
        <source>Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.</source>
        <translation>Manquée&#xa0;: elle était prévue le %1 (%2 minutes avant qu&apos;Almanac puisse la publier). Réessayez pour la publier maintenant.</translation>
    </message>
    <message>
        <source>Almanac cannot publish to %1 itself yet.</source>
        <translation>Almanac ne peut pas encore publier lui-même sur %1.</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (abandon après %2 tentatives)</translation>
    </message>
    <message>
        <source>Not sure %1 went out: %2</source>
        <translation>Impossible de savoir si %1 a été publiée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set aside: publishing it crashed or ran out of time %n time(s) in a row. Retry it once the account works again.</source>
        <translation>
            <numerusform>Mise de côté&#xa0;: la publication a planté ou a pris trop de temps %n fois de suite. Réessayez quand le compte fonctionnera de nouveau.</numerusform>
            <numerusform>Mise de côté&#xa0;: la publication a planté ou a pris trop de temps %n fois de suite. Réessayez quand le compte fonctionnera de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not finish within %n minute(s); the account may be slow or stuck.</source>
        <translation>
            <numerusform>La publication ne s’est pas terminée en %n minute&#xa0;; le compte est peut-être lent ou bloqué.</numerusform>
            <numerusform>La publication ne s’est pas terminée en %n minutes&#xa0;; le compte est peut-être lent ou bloqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>--lease-seconds &quot;%1&quot; is not a number of seconds from 1 to 86400 (a day)</source>
        <translation>--lease-seconds «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes entre 1 et 86400 (un jour)</translation>
    </message>
</context>
<context>
    <name>Almanac::MainStatusBar</name>
    <message>
        <source>The time zone times are shown and entered in. Click to change it.</source>
        <translation>Le fuseau horaire dans lequel les heures sont affichées et saisies. Cliquez pour le changer.</translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation>Démarrage de la synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %Ln to sync</source>
        <translation>
            <numerusform>Hors ligne · %Ln à synchroniser</numerusform>
            <numerusform>Hors ligne · %Ln à synchroniser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing · %Ln to go</source>
        <translation>
            <numerusform>Synchronisation · encore %Ln</numerusform>
            <numerusform>Synchronisation · encore %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to sync</source>
        <translation>
            <numerusform>%Ln à synchroniser</numerusform>
            <numerusform>%Ln à synchroniser</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Show and enter times in this time zone:</source>
        <translation>Afficher et saisir les heures dans ce fuseau horaire&#xa0;:</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Nouvelle publication…</translation>
    </message>
    <message>
        <source>Write a new post (%1)</source>
        <translation>Écrire une nouvelle publication (%1)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Check a CSV file of posts and add them to the calendar</source>
        <translation>Vérifier un fichier CSV de publications et les ajouter au calendrier</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>Past imports, their rows, and Undo Import</source>
        <translation>Importations passées, leurs lignes et Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import &amp;JSON Export…</source>
        <translation>Importer un export &amp;JSON…</translation>
    </message>
    <message>
        <source>Add the posts of an Almanac JSON export</source>
        <translation>Ajouter les publications d&apos;un export JSON d&apos;Almanac</translation>
    </message>
    <message>
        <source>Import JSON Export</source>
        <translation>Importer un export JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save posts as CSV, JSON or a calendar file</source>
        <translation>Enregistrer des publications en CSV, JSON ou fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet.</source>
        <translation>La synchronisation demande un service de planification hébergé (OpenPost, PostEverywhere ou bundle.social)&#xa0;; aucun n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Hos&amp;ted Schedulers…</source>
        <translation>Services de planification héber&amp;gés…</translation>
    </message>
    <message>
        <source>Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to</source>
        <translation>Comptes chez OpenPost, PostEverywhere ou bundle.social vers lesquels synchroniser les publications</translation>
    </message>
    <message>
        <source>&amp;Publishing Accounts…</source>
        <translation>Comptes de &amp;publication…</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself</source>
        <translation>Comptes Bluesky, Mastodon, webhook, Discord et Slack sur lesquels Almanac publie lui-même</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Open Post</source>
        <translation>&amp;Ouvrir la publication</translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation>&amp;Déplacer à une date…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Modifier les é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Période &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Période s&amp;uivante</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Appa&amp;rence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Almanac</source>
        <translation>À &amp;propos d&apos;Almanac</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Search text or #tag</source>
        <translation>Rechercher du texte ou une #étiquette</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>Unscheduled Drafts</source>
        <translation>Brouillons non planifiés</translation>
    </message>
    <message>
        <source>&amp;Unscheduled Drafts</source>
        <translation>&amp;Brouillons non planifiés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed destination(s) queued again.</source>
        <translation>
            <numerusform>%Ln destination en échec remise en file.</numerusform>
            <numerusform>%Ln destinations en échec remises en file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In view: %Ln post(s)</source>
        <translation>
            <numerusform>Dans la vue&#xa0;: %Ln publication</numerusform>
            <numerusform>Dans la vue&#xa0;: %Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln brouillon</numerusform>
            <numerusform>%Ln brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled</source>
        <translation>
            <numerusform>%Ln planifiée</numerusform>
            <numerusform>%Ln planifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hidden by filters</source>
        <translation>
            <numerusform>%Ln masquée par les filtres</numerusform>
            <numerusform>%Ln masquées par les filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>That post is not in the store any more.</source>
        <translation>Cette publication n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <source>About Almanac</source>
        <translation>À propos d&apos;Almanac</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;An offline-first content calendar for social media managers: plan posts for every platform, import content plans from CSV, and publish when you are back online.&lt;/p&gt;&lt;p&gt;Your posts live in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Un calendrier de contenu hors ligne d&apos;abord pour les gestionnaires de réseaux sociaux&#xa0;: planifiez des publications pour chaque plateforme, importez des plans de contenu depuis un CSV et publiez dès que vous êtes de nouveau en ligne.&lt;/p&gt;&lt;p&gt;Vos publications sont dans un seul fichier sur cet ordinateur&#xa0;:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Construit avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) could not be published: %1</source>
        <translation>
            <numerusform>%Ln publication n&apos;a pas pu être publiée&#xa0;: %1</numerusform>
            <numerusform>%Ln publications n&apos;ont pas pu être publiées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %Ln post(s).</source>
        <translation>
            <numerusform>%Ln publication publiée.</numerusform>
            <numerusform>%Ln publications publiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cannot start: %1</source>
        <translation>La synchronisation ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send what changed to your hosted schedulers now (F5)</source>
        <translation>Envoyer maintenant les changements à vos services de planification hébergés (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language, time zone, the accounts new posts go to, publishing and backups</source>
        <translation>Langue, fuseau horaire, comptes des nouvelles publications, publication et sauvegardes</translation>
    </message>
    <message>
        <source>Almanac speaks %1 from the next start.</source>
        <translation>Almanac parlera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the list.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il a été retiré de la liste.</translation>
    </message>
    <message>
        <source>No files imported yet</source>
        <translation>Aucun fichier importé pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Publishing is paused until you resume it from the tray or restart Almanac.</source>
        <translation>La publication est en pause jusqu&apos;à ce que vous la repreniez depuis la zone de notification ou redémarriez Almanac.</translation>
    </message>
    <message>
        <source>Publishing resumed.</source>
        <translation>Publication reprise.</translation>
    </message>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <source>Dupli&amp;cate a Week Later</source>
        <translation>D&amp;upliquer une semaine plus tard</translation>
    </message>
    <message>
        <source>Fa&amp;iled Posts</source>
        <translation>Publications en é&amp;chec</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln destination(s) as published.</source>
        <translation>
            <numerusform>%Ln destination marquée comme publiée.</numerusform>
            <numerusform>%Ln destinations marquées comme publiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d’outils</translation>
    </message>
    <message>
        <source>Your calendar is empty. Double-click a day to write a post, connect the accounts to post to, or import a content plan from a CSV file (you can also drop the file on this window).</source>
        <translation>Votre calendrier est vide. Double-cliquez sur un jour pour écrire une publication, connectez les comptes où publier, ou importez un planning depuis un fichier CSV (vous pouvez aussi déposer le fichier sur cette fenêtre).</translation>
    </message>
    <message>
        <source>Connect an Account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Show &amp;Failed Posts</source>
        <translation>Afficher les publications en &amp;échec</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Almanac::MapPage</name>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Check what each column of the file means. Columns Almanac does not know are ignored (their values are kept in the import history).</source>
        <translation>Vérifiez ce que signifie chaque colonne du fichier. Les colonnes qu&apos;Almanac ne connaît pas sont ignorées (leurs valeurs restent dans l&apos;historique des importations).</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone.</source>
        <translation>Les heures du fichier sans décalage (comme 2026-05-01 09:00) sont lues dans ce fuseau.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détecté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation>Les heures sans décalage sont en&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %Ln column(s)</source>
        <translation>
            <numerusform>%1, %2, %Ln colonne</numerusform>
            <numerusform>%1, %2, %Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be ignored.</source>
        <translation>
            <numerusform>%Ln colonne sera ignorée.</numerusform>
            <numerusform>%Ln colonnes seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and what each is read as</source>
        <translation>Colonnes du fichier et la lecture de chacune</translation>
    </message>
    <message>
        <source>Day first (31/12/2027, 31.12.2027)</source>
        <translation>Jour d’abord (31/12/2027, 31.12.2027)</translation>
    </message>
    <message>
        <source>Month first (12/31/2027)</source>
        <translation>Mois d’abord (12/31/2027)</translation>
    </message>
    <message>
        <source>Year first (2027/12/31)</source>
        <translation>Année d’abord (2027/12/31)</translation>
    </message>
    <message>
        <source>How dates such as 05/03/2027 are read: 5 March (day first) or 3 May (month first).</source>
        <translation>Comment lire des dates comme 05/03/2027&#xa0;: 5 mars (jour d’abord) ou 3 mai (mois d’abord).</translation>
    </message>
    <message>
        <source>Dates are &amp;written:</source>
        <translation>&amp;Ordre des dates&#xa0;:</translation>
    </message>
    <message>
        <source>This file writes the day first: some of its dates have a day above 12.</source>
        <translation>Ce fichier écrit le jour en premier&#xa0;: certaines de ses dates ont un jour supérieur à 12.</translation>
    </message>
    <message>
        <source>This file writes the month first: some of its dates have a day above 12 in second place.</source>
        <translation>Ce fichier écrit le mois en premier&#xa0;: certaines de ses dates ont un jour supérieur à 12 en deuxième position.</translation>
    </message>
    <message>
        <source>Reading how this file writes its dates…</source>
        <translation>Lecture de la façon dont ce fichier écrit ses dates…</translation>
    </message>
    <message>
        <source>Nothing in this file shows whether a date written like 05/03/2027 means 5 March or 3 May: choose how its dates are written.</source>
        <translation>Rien dans ce fichier n’indique si une date écrite comme 05/03/2027 est le 5 mars ou le 3 mai&#xa0;: choisissez comment ses dates sont écrites.</translation>
    </message>
    <message>
        <source>Found from its dates (a day after the 12th shows the order)</source>
        <translation>Déduit des dates (un jour après le 12 montre l’ordre)</translation>
    </message>
</context>
<context>
    <name>Almanac::MediaStrip</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Drop image or video files here</source>
        <translation>Déposez ici des fichiers image ou vidéo</translation>
    </message>
    <message>
        <source>Paste an image or video URL and press Enter</source>
        <translation>Collez l&apos;URL d&apos;une image ou d&apos;une vidéo et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>URL du média</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (seulement pour %2)</translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation>Ajouter des médias</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)</source>
        <translation>Images et vidéos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Alt text of the selected picture</source>
        <translation>Texte alternatif de l’image sélectionnée</translation>
    </message>
    <message>
        <source>Alt text: describe the selected picture for people who cannot see it</source>
        <translation>Texte alternatif&#xa0;: décrivez l’image sélectionnée pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>%1 · ALT</source>
        <translation>%1 · ALT</translation>
    </message>
    <message>
        <source>No alt text yet.</source>
        <translation>Pas encore de texte alternatif.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Texte alternatif&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: paste one such as https://example.com/photo.jpg, or add a file with Add Files.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: collez-en une comme https://example.com/photo.jpg, ou ajoutez un fichier avec «&#xa0;Ajouter des fichiers&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Almanac::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Almanac::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected, among the day&apos;s other posts: %1. Enter opens it.</source>
        <translation>Sélectionnée, parmi les autres publications du jour&#xa0;: %1. Entrée l&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>Almanac::MoveTimesDialog</name>
    <message>
        <source>Move Times</source>
        <translation>Décaler les dates</translation>
    </message>
    <message>
        <source>How far to move the times (below zero: earlier)</source>
        <translation>De combien décaler les dates (en dessous de zéro&#xa0;: plus tôt)</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Décaler de&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Row(s)</source>
        <translation>
            <numerusform>Décaler %Ln ligne</numerusform>
            <numerusform>Décaler %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Each selected row&apos;s date moves, its time of day stays; each is checked again at once. Below zero moves them earlier.</source>
        <translation>La date de chaque ligne sélectionnée est décalée, son heure reste&#xa0;; chacune est aussitôt vérifiée de nouveau. En dessous de zéro, elles sont avancées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected rows has a time that could be read: fix those with Set a Column.</source>
        <translation>Aucune des lignes sélectionnées n’a de date lisible&#xa0;: corrigez-les avec Définir une colonne.</translation>
    </message>
    <message>
        <source>%1 becomes %2.</source>
        <translation>%1 devient %2.</translation>
    </message>
    <message>
        <source>The earliest, %1, becomes %2; the latest, %3, becomes %4.</source>
        <translation>La plus ancienne, %1, devient %2&#xa0;; la plus récente, %3, devient %4.</translation>
    </message>
    <message>
        <source>Some would still be in the past.</source>
        <translation>Certaines seraient encore dans le passé.</translation>
    </message>
    <message>
        <source>Some would be further ahead than a post may be scheduled (%1).</source>
        <translation>Certaines seraient plus loin qu’une publication ne peut être planifiée (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows go to %1 at the same minute (%2), and moved they still will: most networks take a burst like that as spam. Give them different times with Set a Column if that is not meant.</source>
        <translation>
            <numerusform>%Ln de ces lignes part vers %1 à la même minute (%2), et déplacées elles le restent&#xa0;: la plupart des réseaux prennent une telle rafale pour du spam. Donnez-leur des heures différentes avec «&#xa0;Définir une colonne&#xa0;» si ce n’est pas voulu.</numerusform>
            <numerusform>%Ln de ces lignes partent vers %1 à la même minute (%2), et déplacées elles le restent&#xa0;: la plupart des réseaux prennent une telle rafale pour du spam. Donnez-leur des heures différentes avec «&#xa0;Définir une colonne&#xa0;» si ce n’est pas voulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MoveToDateDialog</name>
    <message>
        <source>Move Posts</source>
        <translation>Déplacer des publications</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>Déplacer %Ln publication</numerusform>
            <numerusform>Déplacer %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <source>Each post keeps its time of day.</source>
        <translation>Chaque publication garde son heure.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Almanac::PlatformTab</name>
    <message>
        <source>Text for %1</source>
        <translation>Texte pour %1</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>Réglages %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post, counted as %1 counts them.</source>
        <translation>Trop long pour %1&#xa0;: au plus %2 caractères par publication, comptés comme %1 les compte.</translation>
    </message>
    <message>
        <source>The text %1</source>
        <translation>Le texte %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write a different te&amp;xt for %1</source>
        <translation>É&amp;crire un texte différent pour %1</translation>
    </message>
    <message>
        <source>Split into T&amp;hread</source>
        <translation>D&amp;écouper en fil</translation>
    </message>
    <message>
        <source>Make %1&apos;s text a thread of numbered posts that each fit its limit. The other platforms keep one post.</source>
        <translation>Fait du texte pour %1 un fil de publications numérotées qui tiennent chacune dans sa limite. Les autres plateformes gardent une seule publication.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) in the thread</source>
        <translation>
            <numerusform>%Ln publication dans le fil</numerusform>
            <numerusform>%Ln publications dans le fil</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 / %4 bytes</source>
        <translation>%1 / %2 · %3 / %4 octets</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters and %3 bytes per post.</source>
        <translation>Trop long pour %1&#xa0;: il accepte au plus %2 caractères et %3 octets par publication.</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Almanac::PostListModel</name>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Almanac::PostPreview</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation>Publication %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not shown: %1 shows at most %2</source>
        <translation>
            <numerusform>%Ln autre non affiché&#xa0;: %1 en affiche au plus %2</numerusform>
            <numerusform>%Ln autres non affichés&#xa0;: %1 en affiche au plus %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No alt text: select the picture in Media and describe it, so people who cannot see it know what it shows.</source>
        <translation>Pas de texte alternatif&#xa0;: sélectionnez l’image dans Médias et décrivez-la, pour que les personnes qui ne peuvent pas la voir sachent ce qu’elle montre.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Texte alternatif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link card: its title and picture are read from the page when the post goes out.</source>
        <translation>Carte de lien&#xa0;: son titre et son image sont lus sur la page au moment de la publication.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link. Turn it off in %1 settings below the text.</source>
        <translation>La carte que %1 affiche pour le lien. Désactivez-la dans Réglages %1, sous le texte.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link.</source>
        <translation>La carte que %1 affiche pour le lien.</translation>
    </message>
    <message>
        <source>No link card: with pictures, %1 shows them instead.</source>
        <translation>Pas de carte de lien&#xa0;: avec des images, %1 les affiche à la place.</translation>
    </message>
</context>
<context>
    <name>Almanac::PreviewPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Vérifier chaque ligne</translation>
    </message>
    <message>
        <source>Double-click a cell, or a field below, to fix it. Clear a row&apos;s box to leave it out; it is recorded in the import history as excluded.</source>
        <translation>Double-cliquez sur une cellule, ou sur un champ ci-dessous, pour la corriger. Décochez la case d&apos;une ligne pour l&apos;écarter&#xa0;; elle est consignée comme exclue dans l&apos;historique des importations.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>Les %1 lignes sont vérifiées.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows; nothing was written. Check the whole file to go on.</source>
        <translation>Arrêt après %1 lignes&#xa0;; rien n&apos;a été écrit. Vérifiez tout le fichier pour continuer.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 valid</source>
        <translation>%1 valides</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 avec erreurs</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 avec avertissements</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 exclues</translation>
    </message>
    <message>
        <source>Select a row to see all its fields.</source>
        <translation>Sélectionnez une ligne pour voir tous ses champs.</translation>
    </message>
    <message>
        <source>Row %1, every field:</source>
        <translation>Ligne %1, tous les champs&#xa0;:</translation>
    </message>
    <message>
        <source>Rows of the file, as checked</source>
        <translation>Lignes du fichier, telles que vérifiées</translation>
    </message>
    <message>
        <source>Every field of the selected row</source>
        <translation>Tous les champs de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Leave Out Rows with Errors</source>
        <translation>&amp;Écarter les lignes en erreur</translation>
    </message>
    <message>
        <source>Clear the box of every row with errors: they are recorded as excluded, and the others can be imported.</source>
        <translation>Décoche chaque ligne en erreur&#xa0;: elles sont consignées comme écartées, et les autres peuvent être importées.</translation>
    </message>
    <message>
        <source>This field has an error.</source>
        <translation>Ce champ contient une erreur.</translation>
    </message>
    <message>
        <source>Leave &amp;Out This Row</source>
        <translation>Écarter &amp;cette ligne</translation>
    </message>
    <message>
        <source>&amp;Include This Row</source>
        <translation>&amp;Inclure cette ligne</translation>
    </message>
    <message>
        <source>&amp;Fix This Cell</source>
        <translation>Co&amp;rriger cette cellule</translation>
    </message>
    <message>
        <source>Set a Col&amp;umn…</source>
        <translation>Définir une co&amp;lonne…</translation>
    </message>
    <message>
        <source>Space includes or excludes the selected rows; F2 or a double-click fixes a cell. Select several rows (Shift or Ctrl and a click) to set a column for all of them.</source>
        <translation>Espace inclut ou écarte les lignes sélectionnées&#xa0;; F2 ou un double-clic corrige une cellule. Sélectionnez plusieurs lignes (Maj ou Ctrl et un clic) pour définir une colonne pour toutes.</translation>
    </message>
    <message>
        <source>Give one column the same value in every selected row.</source>
        <translation>Donne la même valeur à une colonne dans chaque ligne sélectionnée.</translation>
    </message>
    <message numerus="yes">
        <source>Leave &amp;Out the %Ln Selected Rows</source>
        <translation>
            <numerusform>Écarter %Ln ligne &amp;sélectionnée</numerusform>
            <numerusform>Écarter %Ln lignes &amp;sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %Ln Selected Rows</source>
        <translation>
            <numerusform>&amp;Inclure %Ln ligne sélectionnée</numerusform>
            <numerusform>&amp;Inclure les %Ln lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Set Column</source>
        <translation>Ann&amp;uler la colonne définie</translation>
    </message>
    <message>
        <source>Once the file is checked, its commonest problems are listed here too: choose one to see only its rows, then select them all (Ctrl+A) to fix them together with Set a Column or leave them out with Space.</source>
        <translation>Une fois le fichier vérifié, ses problèmes les plus fréquents sont aussi listés ici&#xa0;: choisissez-en un pour ne voir que ses lignes, puis sélectionnez-les toutes (Ctrl+A) pour les corriger ensemble avec Définir une colonne ou les exclure avec Espace.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln ligne&#xa0;: %1</numerusform>
            <numerusform>%Ln lignes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Times…</source>
        <translation>&amp;Décaler les dates…</translation>
    </message>
    <message>
        <source>Move the selected rows&apos; dates by days, weeks, months or years (last year&apos;s plan to this year, say); each keeps its time of day.</source>
        <translation>Décale la date des lignes sélectionnées de quelques jours, semaines, mois ou années (le plan de l’an dernier vers cette année, par exemple)&#xa0;; chacune garde son heure.</translation>
    </message>
    <message>
        <source>The rows have their values from before again.</source>
        <translation>Les lignes ont retrouvé leurs valeurs d’avant.</translation>
    </message>
    <message>
        <source>Und&amp;o Move Times</source>
        <translation>Ann&amp;uler le décalage</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; set for %Ln row(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» défini pour %Ln ligne.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» défini pour %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The times of %Ln row(s) moved.</source>
        <translation>
            <numerusform>La date de %Ln ligne a été décalée.</numerusform>
            <numerusform>Les dates de %Ln lignes ont été décalées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them fell on a day their month does not have and went to its last day.</source>
        <translation>
            <numerusform>%Ln d’entre elles tombait un jour que son mois n’a pas et passe à son dernier jour.</numerusform>
            <numerusform>%Ln d’entre elles tombaient un jour que leur mois n’a pas et passent à son dernier jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) had no time that could be read and stayed as they were.</source>
        <translation>
            <numerusform>%Ln ligne n’avait pas de date lisible et reste inchangée.</numerusform>
            <numerusform>%Ln lignes n’avaient pas de date lisible et restent inchangées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To go on, fix or leave out the %Ln row(s) with errors.</source>
        <translation>
            <numerusform>Pour continuer, corrigez ou écartez la %Ln ligne en erreur.</numerusform>
            <numerusform>Pour continuer, corrigez ou écartez les %Ln lignes en erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Leave Out</source>
        <translation>Ann&amp;uler l’exclusion</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out.</source>
        <translation>
            <numerusform>%Ln ligne en erreur écartée.</numerusform>
            <numerusform>%Ln lignes en erreur écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is left out: include one to go on.</source>
        <translation>Toutes les lignes sont écartées&#xa0;: incluez-en une pour continuer.</translation>
    </message>
    <message>
        <source>The rows left out are in again.</source>
        <translation>Les lignes écartées sont de nouveau incluses.</translation>
    </message>
    <message>
        <source>The rows have their times from before again.</source>
        <translation>Les lignes ont retrouvé leurs dates d’avant.</translation>
    </message>
    <message>
        <source>Re&amp;do Leave Out</source>
        <translation>Re&amp;faire l’exclusion</translation>
    </message>
    <message>
        <source>Re&amp;do Set Column</source>
        <translation>Re&amp;faire la colonne définie</translation>
    </message>
    <message>
        <source>Re&amp;do Move Times</source>
        <translation>Re&amp;faire le décalage</translation>
    </message>
    <message>
        <source>%1 excluded (%2 with errors)</source>
        <translation>%1 exclues (%2 avec erreurs)</translation>
    </message>
    <message>
        <source>Rows with errors (%1)</source>
        <translation>Lignes avec erreurs (%1)</translation>
    </message>
    <message>
        <source>Rows with warnings (%1)</source>
        <translation>Lignes avec avertissements (%1)</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Toutes les lignes (%1)</translation>
    </message>
</context>
<context>
    <name>Almanac::ProvidersDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Hosted Schedulers</source>
        <translation>Services de planification hébergés</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agence</translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation> requêtes par minute</translation>
    </message>
    <message>
        <source>bundle.social only</source>
        <translation>bundle.social seulement</translation>
    </message>
    <message>
        <source>stored in the system keychain, never in Almanac&apos;s files</source>
        <translation>conservée dans le trousseau du système, jamais dans les fichiers d&apos;Almanac</translation>
    </message>
    <message>
        <source>Remote account</source>
        <translation>Compte distant</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation>&amp;Ajouter le fournisseur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Éq&amp;uipe&#xa0;:</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Fournisseurs&#xa0;:</translation>
    </message>
    <message>
        <source>Test the connection to list the provider&apos;s accounts, then add the ones to post to.</source>
        <translation>Testez la connexion pour lister les comptes du fournisseur, puis ajoutez ceux où publier.</translation>
    </message>
    <message>
        <source>Add the account you have at a hosted scheduler; Almanac then syncs the posts of the integrations that go through it.</source>
        <translation>Ajoutez votre compte chez un service de planification hébergé&#xa0;; Almanac synchronise alors les publications des intégrations qui passent par lui.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key; it goes into the system keychain.</source>
        <translation>Saisissez la clé d&apos;API du fournisseur&#xa0;; elle va dans le trousseau du système.</translation>
    </message>
    <message>
        <source> It is a test key: nothing is published for real with it.</source>
        <translation> C&apos;est une clé de test&#xa0;: rien n&apos;est vraiment publié avec elle.</translation>
    </message>
    <message>
        <source> It is a live key: posts go out for real.</source>
        <translation> C&apos;est une clé de production&#xa0;: les publications partent pour de vrai.</translation>
    </message>
    <message>
        <source>The provider was added, but its key was not stored: %1</source>
        <translation>Le fournisseur a été ajouté, mais sa clé n&apos;a pas été conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added %1. Test the connection to see its accounts.</source>
        <translation>%1 ajouté. Testez la connexion pour voir ses comptes.</translation>
    </message>
    <message>
        <source>%1&apos;s API has no read-only call to test with; the key is checked at the first sync.</source>
        <translation>L&apos;API de %1 n&apos;a aucun appel en lecture seule pour tester&#xa0;; la clé est vérifiée à la première synchronisation.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation>%1 n&apos;a pas accepté la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %Ln account(s). Add the ones to post to.</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;: %Ln compte. Ajoutez ceux où publier.</numerusform>
            <numerusform>Connecté à %1&#xa0;: %Ln comptes. Ajoutez ceux où publier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Added %1: posts to it now sync through %2.</source>
        <translation>%1 ajouté&#xa0;: ses publications se synchronisent maintenant via %2.</translation>
    </message>
    <message>
        <source>Accounts at the provider</source>
        <translation>Comptes chez le fournisseur</translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>None yet. Fill in &quot;Add a provider&quot; with the account you have at OpenPost, PostEverywhere or bundle.social.</source>
        <translation>Aucun pour l’instant. Remplissez «&#xa0;Ajouter un fournisseur&#xa0;» avec votre compte chez OpenPost, PostEverywhere ou bundle.social.</translation>
    </message>
    <message>
        <source>Store the account&apos;s API key again: one that was never stored, mistyped, or replaced at the provider</source>
        <translation>Enregistrer à nouveau la clé d&apos;API du compte&#xa0;: une clé jamais enregistrée, mal saisie ou remplacée chez le fournisseur</translation>
    </message>
    <message>
        <source>API Key of %1</source>
        <translation>Clé d&apos;API de %1</translation>
    </message>
    <message>
        <source>The API key of %1. It goes into the system keychain, in the place of the one there, if any:</source>
        <translation>La clé d&apos;API de %1. Elle va dans le trousseau du système, à la place de celle qui s&apos;y trouve, s&apos;il y en a une&#xa0;:</translation>
    </message>
    <message>
        <source>No key was entered: the keychain keeps what it had for %1.</source>
        <translation>Aucune clé saisie&#xa0;: le trousseau garde ce qu&apos;il avait pour %1.</translation>
    </message>
    <message>
        <source>The key of %1 was not stored: %2</source>
        <translation>La clé de %1 n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key of %1 is in the system keychain. Test the connection to check it.</source>
        <translation>La clé de %1 est dans le trousseau du système. Testez la connexion pour la vérifier.</translation>
    </message>
    <message>
        <source>&amp;Set API Key…</source>
        <translation>&amp;Définir la clé d&apos;API…</translation>
    </message>
</context>
<context>
    <name>Almanac::PublishingIndicator</name>
    <message>
        <source>almanacd running</source>
        <translation>almanacd en marche</translation>
    </message>
    <message>
        <source>almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, also while this window is closed.</source>
        <translation>almanacd (processus %1) publie les publications dues sur vos comptes Bluesky, Mastodon et webhook, même quand cette fenêtre est fermée.</translation>
    </message>
    <message numerus="yes">
        <source>Last round at %1 (one every %Ln second(s)).</source>
        <translation>
            <numerusform>Dernier passage à %1 (un toutes les %Ln seconde).</numerusform>
            <numerusform>Dernier passage à %1 (un toutes les %Ln secondes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Started at %1; no round finished yet.</source>
        <translation>Démarré à %1&#xa0;; aucun passage terminé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Since it started at %1: %2 published, %3 failed or missed.</source>
        <translation>Depuis son démarrage à %1&#xa0;: %2 publiées, %3 en échec ou manquées.</translation>
    </message>
    <message>
        <source>Publishing while open</source>
        <translation>Publication tant que la fenêtre est ouverte</translation>
    </message>
    <message>
        <source>almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published only while this window is open.</source>
        <translation>almanacd ne tourne pas&#xa0;: les publications dues sur vos comptes Bluesky, Mastodon et webhook ne partent que tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>almanacd was last heard from at %1.</source>
        <translation>Dernières nouvelles d&apos;almanacd à %1.</translation>
    </message>
    <message>
        <source>Latest (%1, %2): %3</source>
        <translation>Dernier (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>To publish while the window is closed, turn it on in Settings, Publishing.</source>
        <translation>Pour publier quand la fenêtre est fermée, activez-le dans Paramètres, Publication.</translation>
    </message>
</context>
<context>
    <name>Almanac::ResultPage</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>The new posts are selected in the calendar.</source>
        <translation>Les nouvelles publications sont sélectionnées dans le calendrier.</translation>
    </message>
    <message>
        <source>Remove exactly the posts this import created</source>
        <translation>Supprimer exactement les publications créées par cette importation</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>The import was undone: its posts are gone; the import history keeps its rows.</source>
        <translation>L&apos;importation a été annulée&#xa0;: ses publications ont disparu&#xa0;; l&apos;historique des importations garde ses lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) from %1 are in your calendar.</source>
        <translation>
            <numerusform>%Ln publication de %1 est dans votre calendrier.</numerusform>
            <numerusform>%Ln publications de %1 sont dans votre calendrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded row(s) are recorded in the import history.</source>
        <translation>
            <numerusform>%Ln ligne exclue est consignée dans l&apos;historique des importations.</numerusform>
            <numerusform>%Ln lignes exclues sont consignées dans l&apos;historique des importations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l’import…</translation>
    </message>
    <message>
        <source>The import was not undone; the message in the window says why.</source>
        <translation>L’import n’a pas été annulé&#xa0;; le message dans la fenêtre dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>Almanac::SetColumnDialog</name>
    <message>
        <source>Set a Column</source>
        <translation>Définir une colonne</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignorée)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Set for %Ln Row(s)</source>
        <translation>
            <numerusform>Définir pour %Ln ligne</numerusform>
            <numerusform>Définir pour %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected row gets this value; each is checked again at once.</source>
        <translation>Chaque ligne sélectionnée reçoit cette valeur&#xa0;; chacune est vérifiée de nouveau aussitôt.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>L’un de&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::SettingsDialog</name>
    <message>
        <source>P&amp;ublish due posts while this window is open</source>
        <translation>P&amp;ublier les publications dues tant que cette fenêtre est ouverte</translation>
    </message>
    <message>
        <source>&amp;Back up the store every day</source>
        <translation>&amp;Sauvegarder les données chaque jour</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>New Posts</source>
        <translation>Nouvelles publications</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Times are shown and entered in this zone; posts keep their moment in time.</source>
        <translation>Les heures sont affichées et saisies dans ce fuseau&#xa0;; les publications gardent leur instant.</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>Les &amp;semaines commencent le&#xa0;:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>A new post goes to these &amp;accounts:</source>
        <translation>Une nouvelle publication va vers ces &amp;comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts a new post goes to</source>
        <translation>Comptes d&apos;une nouvelle publication</translation>
    </message>
    <message>
        <source>Publish a missed post if it is at most</source>
        <translation>Publier une publication manquée si elle a au plus</translation>
    </message>
    <message>
        <source> minutes late</source>
        <translation> minutes de retard</translation>
    </message>
    <message>
        <source>When the computer was asleep or off at a post&apos;s time, it is published when Almanac runs again if it is at most this late. Later ones wait in Failed Posts for you to publish anyway or reschedule.</source>
        <translation>Si l&apos;ordinateur était en veille ou éteint à l&apos;heure d&apos;une publication, elle est publiée au prochain lancement d&apos;Almanac si son retard ne dépasse pas cette durée. Les plus tardives attendent dans Publications en échec que vous les publiiez quand même ou les replanifiiez.</translation>
    </message>
    <message>
        <source>Publishing &amp;Accounts…</source>
        <translation>Comptes de &amp;publication…</translation>
    </message>
    <message>
        <source>&amp;Hosted Schedulers…</source>
        <translation>Services de planification &amp;hébergés…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Folder for Backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> copies les plus récentes</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder&#xa0;:</translation>
    </message>
    <message>
        <source>A copy is made when Almanac starts and every few hours while it runs, once a day. Restoring a backup also keeps the store as it was in this folder first.</source>
        <translation>Une copie est faite au démarrage d&apos;Almanac et toutes les quelques heures pendant qu&apos;il tourne, une fois par jour. Restaurer une sauvegarde conserve aussi d&apos;abord les données actuelles dans ce dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, such as Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; choisissez-en un dans la liste, comme Europe/Paris.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups (a full path, such as %1).</source>
        <translation>Choisissez un dossier pour les sauvegardes (un chemin complet, comme %1).</translation>
    </message>
    <message>
        <source>Allow media from my &amp;local network</source>
        <translation>Autoriser les médias de mon &amp;réseau local</translation>
    </message>
    <message>
        <source>When this is off, Almanac fetches a post&apos;s pictures and videos only from public web addresses, so a plan from someone else cannot make it fetch files from this computer or your office network. Turn it on if your team serves media on the local network.</source>
        <translation>Quand cette option est désactivée, Almanac récupère les images et vidéos d’une publication uniquement depuis des adresses web publiques, afin qu’un plan venu d’ailleurs ne puisse pas lui faire récupérer des fichiers de cet ordinateur ou du réseau de votre bureau. Activez-la si votre équipe sert ses médias sur le réseau local.</translation>
    </message>
    <message>
        <source>A post with a date but no time is &amp;posted at</source>
        <translation>Une publication avec une date mais sans heure part à l’&amp;heure</translation>
    </message>
    <message>
        <source>For a spreadsheet that gives only a date, and a draft dropped on a day of the month.</source>
        <translation>Pour un tableur qui ne donne qu’une date, et pour un brouillon déposé sur un jour du mois.</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, Discord, Slack and webhook accounts are published to by Almanac itself: by this window while it is open, and by almanacd in the background.</source>
        <translation>Almanac publie lui-même sur les comptes Bluesky, Mastodon, Discord, Slack et webhook&#xa0;: cette fenêtre tant qu’elle est ouverte, et almanacd en arrière-plan.</translation>
    </message>
    <message>
        <source>This store is thrown away when the window closes, so nothing publishes it while the window is closed.</source>
        <translation>Ces données sont jetées à la fermeture de la fenêtre, donc rien ne les publie quand la fenêtre est fermée.</translation>
    </message>
    <message>
        <source>With none checked, a new post starts on the accounts your last saved post went to (the first one: every account that takes a post without pictures). The composer can always change it.</source>
        <translation>Si aucun n&apos;est coché, une nouvelle publication commence avec les comptes de votre dernière publication enregistrée (la première&#xa0;: tous les comptes qui acceptent une publication sans images). L&apos;éditeur peut toujours le changer.</translation>
    </message>
</context>
<context>
    <name>Almanac::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>Dans le calendrier</translation>
    </message>
    <message>
        <source>Move between days</source>
        <translation>Passer d&apos;un jour à l&apos;autre</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Select the day&apos;s posts one by one</source>
        <translation>Sélectionner les publications du jour une à une</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Open the selected post, or start one on the day</source>
        <translation>Ouvrir la publication sélectionnée, ou en commencer une ce jour-là</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Delete the selected posts</source>
        <translation>Supprimer les publications sélectionnées</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Copy a post while dragging it</source>
        <translation>Copier une publication en la faisant glisser</translation>
    </message>
    <message>
        <source>Ctrl, held</source>
        <translation>Ctrl maintenue</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>Dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation>Planifier la publication</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>AM or PM in a time</source>
        <translation>AM ou PM dans une heure</translation>
    </message>
    <message>
        <source>A or P</source>
        <translation>A ou P</translation>
    </message>
    <message>
        <source>In the import preview</source>
        <translation>Dans l&apos;aperçu de l&apos;import</translation>
    </message>
    <message>
        <source>Fix a cell</source>
        <translation>Corriger une cellule</translation>
    </message>
    <message>
        <source>F2, or a double-click</source>
        <translation>F2, ou un double-clic</translation>
    </message>
    <message>
        <source>Include or leave out the selected rows</source>
        <translation>Inclure ou exclure les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Select every row shown</source>
        <translation>Sélectionner toutes les lignes affichées</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Undo, redo a step</source>
        <translation>Annuler, rétablir une étape</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Z, Ctrl+Maj+Z ou Ctrl+Y</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Dans le champ de recherche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>Almanac::SyncEngine</name>
    <message>
        <source>The destination %1 has no provider account to sync through.</source>
        <translation>La destination %1 n&apos;a aucun compte fournisseur par lequel synchroniser.</translation>
    </message>
    <message>
        <source>Cannot publish: the post never reached the provider.</source>
        <translation>Publication impossible&#xa0;: la publication n&apos;a jamais atteint le fournisseur.</translation>
    </message>
    <message>
        <source>The system reports no network connection.</source>
        <translation>Le système ne signale aucune connexion réseau.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de compte fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A later group of the same import was refused, so the import was cancelled at %1: %2</source>
        <translation>Un groupe ultérieur de la même importation a été refusé&#xa0;; l&apos;importation a donc été annulée chez %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not cancel the group %1 at %2: %3</source>
        <translation>Impossible d&apos;annuler le groupe %1 chez %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Almanac::ThreadEditor</name>
    <message>
        <source>Add &amp;Part</source>
        <translation>&amp;Ajouter une partie</translation>
    </message>
    <message>
        <source>Make &amp;One Post</source>
        <translation>En faire &amp;une seule publication</translation>
    </message>
    <message>
        <source>Join the parts into one post for %1.</source>
        <translation>Réunit les parties en une seule publication pour %1.</translation>
    </message>
    <message>
        <source>Merge Up</source>
        <translation>Fusionner vers le haut</translation>
    </message>
    <message>
        <source>Move this part&apos;s text to the end of the part above, and remove this part.</source>
        <translation>Déplace le texte de cette partie à la fin de la partie du dessus, puis supprime cette partie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Post %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Publication %1 sur %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Post %1 of the thread on %2</source>
        <translation>Publication %1 du fil sur %2</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post.</source>
        <translation>Trop long pour %1&#xa0;: il accepte au plus %2 caractères par publication.</translation>
    </message>
</context>
<context>
    <name>Almanac::Thumbnails</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>Almanac::TrayIcon</name>
    <message>
        <source>&amp;Pause Publishing</source>
        <translation>Mettre la publication en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Show Almanac</source>
        <translation>&amp;Afficher Almanac</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Almanac · publishing paused</source>
        <translation>Almanac · publication en pause</translation>
    </message>
    <message>
        <source>Almanac · publishing</source>
        <translation>Almanac · publication active</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) scheduled</source>
        <translation>
            <numerusform>%Ln publication planifiée</numerusform>
            <numerusform>%Ln publications planifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::UnscheduledPanel</name>
    <message>
        <source>Drafts without a date appear here. Drag one onto a day to schedule it.</source>
        <translation>Les brouillons sans date apparaissent ici. Faites-en glisser un sur un jour pour le planifier.</translation>
    </message>
    <message>
        <source>Drafts without a date</source>
        <translation>Brouillons sans date</translation>
    </message>
</context>
<context>
    <name>Almanac::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlueskyPublisher</name>
    <message>
        <source>Bluesky answered HTTP %1.</source>
        <translation>Bluesky a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation>Pas de réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Bluesky refused it (HTTP %1, %2): %3</source>
        <translation>Bluesky l&apos;a refusée (HTTP %1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The account %1 has no handle to sign in with (--handle).</source>
        <translation>Le compte %1 n&apos;a pas d&apos;identifiant pour se connecter (--handle).</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2 (%3).</source>
        <translation>Connecté à %1 en tant que @%2 (%3).</translation>
    </message>
    <message>
        <source>Bluesky takes at most %1 images in a post; this one has %2.</source>
        <translation>Bluesky accepte au plus %1 images par publication&#xa0;; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky, not videos (%1).</source>
        <translation>Almanac publie des images sur Bluesky, pas des vidéos (%1).</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle %1 with the account&apos;s app password: %2</source>
        <translation>Bluesky n&apos;a pas accepté l&apos;identifiant %1 avec le mot de passe d&apos;application du compte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky; %1 is %2.</source>
        <translation>Almanac publie des images sur Bluesky&#xa0;; %1 est %2.</translation>
    </message>
    <message>
        <source>The account %1 has no usable service URL: %2</source>
        <translation>Le compte %1 n&apos;a pas d&apos;URL de service utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 could not be read (%2).</source>
        <translation>Publié sans sa carte de lien&#xa0;: la page sur %1 n’a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>elle a répondu %1</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 has no title or description for one.</source>
        <translation>Publié sans sa carte de lien&#xa0;: la page sur %1 n’a ni titre ni description pour en faire une.</translation>
    </message>
    <message>
        <source>Its link card went without a picture: the one %1 names could not be used.</source>
        <translation>Sa carte de lien est partie sans image&#xa0;: celle que %1 indique n’a pas pu être utilisée.</translation>
    </message>
</context>
<context>
    <name>BundleRowValidator</name>
    <message>
        <source>is empty; every row needs the bundle.social team ID.</source>
        <translation>est vide&#xa0;; chaque ligne a besoin de l&apos;ID d&apos;équipe bundle.social.</translation>
    </message>
    <message>
        <source>is empty; every row needs an internal title.</source>
        <translation>est vide&#xa0;; chaque ligne a besoin d&apos;un titre interne.</translation>
    </message>
    <message>
        <source>is empty; expected DRAFT or SCHEDULED.</source>
        <translation>est vide&#xa0;; attendu&#xa0;: DRAFT ou SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected DRAFT or SCHEDULED.</source>
        <translation>%1 n&apos;est pas un état&#xa0;; attendu&#xa0;: DRAFT ou SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 filled in, but %2 is not in socialAccountTypes; those values are not used.</source>
        <translation>%1 est rempli, mais %2 n&apos;est pas dans socialAccountTypes&#xa0;; ces valeurs ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>is empty, and so is %1: a post to %2 needs text or media.</source>
        <translation>est vide, tout comme %1&#xa0;: une publication vers %2 a besoin d&apos;un texte ou d&apos;un média.</translation>
    </message>
</context>
<context>
    <name>BundleSocialProvider</name>
    <message>
        <source>bundle.social&apos;s API (seed 003) takes new posts as CSV imports; edit or delete this post in bundle.social itself.</source>
        <translation>L&apos;API de bundle.social (seed 003) accepte les nouvelles publications sous forme d&apos;importations CSV&#xa0;; modifiez ou supprimez cette publication directement dans bundle.social.</translation>
    </message>
    <message>
        <source>bundle.social&apos;s answer to the upload could not be read.</source>
        <translation>La réponse de bundle.social à l&apos;envoi n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>bundle.social refused the import: %1</source>
        <translation>bundle.social a refusé l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import status &quot;%1&quot; is not one Almanac knows.</source>
        <translation>L&apos;état d&apos;importation «&#xa0;%1&#xa0;» de bundle.social n&apos;est pas connu d&apos;Almanac.</translation>
    </message>
    <message>
        <source>Refused by bundle.social (row %1): %2</source>
        <translation>Refusée par bundle.social (ligne %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import has no result for some of its rows yet.</source>
        <translation>L&apos;importation de bundle.social n&apos;a pas encore de résultat pour certaines lignes.</translation>
    </message>
    <message>
        <source>bundle.social was still processing the import after %1 checks; Almanac looks again later.</source>
        <translation>bundle.social traitait encore l&apos;importation au bout de %1 vérifications&#xa0;; Almanac regardera de nouveau plus tard.</translation>
    </message>
</context>
<context>
    <name>ChangeTagsCommand</name>
    <message numerus="yes">
        <source>Change the tags of %Ln post(s)</source>
        <translation>
            <numerusform>Modifier les étiquettes de %Ln publication</numerusform>
            <numerusform>Modifier les étiquettes de %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>La publication %1 n&apos;est plus dans les données.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>almanac-cli: %1
</source>
        <translation>almanac-cli&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db demande un chemin</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>integrations add needs --id and --platform</source>
        <translation>integrations add demande --id et --platform</translation>
    </message>
    <message>
        <source>added integration %1 (%2, provider %3)
</source>
        <translation>intégration %1 ajoutée (%2, fournisseur %3)
</translation>
    </message>
    <message>
        <source>unknown integrations action &quot;%1&quot;</source>
        <translation>action integrations inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import demande exactement un FICHIER</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; expected an IANA name such as Europe/Berlin or UTC</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; nom IANA attendu, comme Europe/Paris ou UTC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialect; expected auto, openpost or bundlesocial</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dialecte&#xa0;; attendu&#xa0;: auto, openpost ou bundlesocial</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s) from %1 (import %2).
</source>
        <translation>
            <numerusform>%n publication importée depuis %1 (importation %2).
</numerusform>
            <numerusform>%n publications importées depuis %1 (importation %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n post(s) in %1 are valid; nothing was written (dry run).
</source>
        <translation>
            <numerusform>La %n publication de %1 est valide&#xa0;; rien n&apos;a été écrit (essai à blanc).
</numerusform>
            <numerusform>Les %n publications de %1 sont valides&#xa0;; rien n&apos;a été écrit (essai à blanc).
</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs exactly one FILE (or - for standard output)</source>
        <translation>export demande exactement un FICHIER (ou - pour la sortie standard)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format; expected openpost, bundlesocial, json or ics</source>
        <translation>--format «&#xa0;%1&#xa0;» n&apos;est pas un format&#xa0;; attendu&#xa0;: openpost, bundlesocial, json ou ics</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--from «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--to «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>remarque&#xa0;: %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un état&#xa0;; attendu&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(pas de date)</translation>
    </message>
    <message>
        <source>provider needs add, set-key or list</source>
        <translation>provider demande add, set-key ou list</translation>
    </message>
    <message>
        <source>provider add needs NAME, --kind and --base-url</source>
        <translation>provider add demande NOM, --kind et --base-url</translation>
    </message>
    <message>
        <source>--rate-limit &quot;%1&quot; is not a number of requests per minute</source>
        <translation>--rate-limit «&#xa0;%1&#xa0;» n&apos;est pas un nombre de requêtes par minute</translation>
    </message>
    <message>
        <source>added provider %1 (%2 at %3, %4 requests a minute)
</source>
        <translation>fournisseur %1 ajouté (%2 à %3, %4 requêtes par minute)
</translation>
    </message>
    <message>
        <source>provider set-key needs NAME (and the key on standard input)</source>
        <translation>provider set-key demande NOM (et la clé sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no provider &quot;%1&quot;; add it with provider add.
</source>
        <translation>almanac-cli&#xa0;: il n&apos;y a pas de fournisseur «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le avec provider add.
</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>aucune clé sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>stored the key of %1 in the keychain
</source>
        <translation>clé de %1 conservée dans le trousseau
</translation>
    </message>
    <message>
        <source>unknown provider action &quot;%1&quot;</source>
        <translation>action provider inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>--timeout «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>time is up after %1 s</source>
        <translation>temps écoulé après %1 s</translation>
    </message>
    <message>
        <source>pushed %1, %2 still queued, %3 failed
</source>
        <translation>%1 envoyées, %2 encore en file, %3 en échec
</translation>
    </message>
    <message>
        <source>failed: post %1 to %2 (%3): %4
</source>
        <translation>échec&#xa0;: publication %1 vers %2 (%3)&#xa0;: %4
</translation>
    </message>
    <message>
        <source>almanac-cli: sync stopped early (%1); everything not pushed is still queued
</source>
        <translation>almanac-cli&#xa0;: synchronisation arrêtée avant la fin (%1)&#xa0;; tout ce qui n&apos;a pas été envoyé reste en file
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform; expected one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une plateforme&#xa0;; attendu&#xa0;: l&apos;une de %2</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--since «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>--until &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--until «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>%1 failed destinations queued again; run sync to send them
</source>
        <translation>%1 destinations en échec remises en file&#xa0;; lancez sync pour les envoyer
</translation>
    </message>
    <message>
        <source>cancel-group needs exactly one GROUP_ID</source>
        <translation>cancel-group demande exactement un GROUP_ID</translation>
    </message>
    <message>
        <source>almanac-cli: the group %1 was not cancelled: %2
</source>
        <translation>almanac-cli&#xa0;: le groupe %1 n&apos;a pas été annulé&#xa0;: %2
</translation>
    </message>
    <message>
        <source>cancelled the group %1: %2 destinations
</source>
        <translation>groupe %1 annulé&#xa0;: %2 destinations
</translation>
    </message>
    <message>
        <source>secret needs set ID (and the secret on standard input)</source>
        <translation>secret demande set ID (et le secret sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no integration &quot;%1&quot;; add it with integrations add.
</source>
        <translation>almanac-cli&#xa0;: il n&apos;y a pas d&apos;intégration «&#xa0;%1&#xa0;»&#xa0;; ajoutez-la avec integrations add.
</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>aucun secret sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>stored the secret of %1 in the keychain
</source>
        <translation>secret de %1 conservé dans le trousseau
</translation>
    </message>
    <message>
        <source>backup needs the FILE to write</source>
        <translation>backup demande le FICHIER à écrire</translation>
    </message>
    <message>
        <source>backed up %1 to %2
</source>
        <translation>%1 sauvegardé vers %2
</translation>
    </message>
    <message>
        <source>restore needs the backup FILE to read</source>
        <translation>restore demande le FICHIER de sauvegarde à lire</translation>
    </message>
    <message>
        <source>almanac-cli: nothing was restored: %1
</source>
        <translation>almanac-cli&#xa0;: rien n&apos;a été restauré&#xa0;: %1
</translation>
    </message>
    <message>
        <source>restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4
</source>
        <translation>%1 restauré (%2 publications, %3 comptes)&#xa0;; les données précédentes sont conservées dans %4
</translation>
    </message>
    <message>
        <source>scheduler needs run</source>
        <translation>scheduler demande run</translation>
    </message>
    <message>
        <source>--grace-minutes &quot;%1&quot; is not a number of minutes (0 or more)</source>
        <translation>--grace-minutes «&#xa0;%1&#xa0;» n&apos;est pas un nombre de minutes (0 ou plus)</translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4
</source>
        <translation>%1&#xa0;: publication %2 vers %3 %4
</translation>
    </message>
    <message>
        <source>%1: post %2 to %3: %4
</source>
        <translation>%1&#xa0;: publication %2 vers %3&#xa0;: %4
</translation>
    </message>
    <message>
        <source>integrations remove needs exactly one ID</source>
        <translation>integrations remove demande exactement un ID</translation>
    </message>
    <message>
        <source>almanac-cli: the secret of %1 is still in the keychain: %2
</source>
        <translation>almanac-cli&#xa0;: le secret de %1 est encore dans le trousseau&#xa0;: %2
</translation>
    </message>
    <message>
        <source>removed integration %1
</source>
        <translation>intégration %1 retirée
</translation>
    </message>
    <message>
        <source>note: a post uses the file %1 from this computer; import with --allow-file %1 if you trust it to be uploaded
</source>
        <translation>remarque&#xa0;: une publication utilise le fichier %1 de cet ordinateur&#xa0;; importez avec --allow-file %1 si vous êtes sûr qu&apos;il peut être envoyé
</translation>
    </message>
    <message>
        <source>a webhook&apos;s URL goes into the keychain, and none is at hand</source>
        <translation>l&apos;URL d&apos;un webhook va dans le trousseau, et aucun n&apos;est disponible</translation>
    </message>
    <message>
        <source>almanac-cli: the webhook&apos;s URL was not stored, so %1 was not added: %2
</source>
        <translation>almanac-cli&#xa0;: l&apos;URL du webhook n&apos;a pas été conservée, donc l&apos;intégration %1 n&apos;a pas été ajoutée&#xa0;: %2
</translation>
    </message>
    <message>
        <source>note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md shows how the receiver checks the signature)
</source>
        <translation>remarque&#xa0;: ses publications partent non signées tant qu&apos;aucun secret n&apos;est défini&#xa0;: almanac-cli secret set %1 (docs/security.md montre comment le destinataire vérifie la signature)
</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds (1 or more)</source>
        <translation>--timeout «&#xa0;%1&#xa0;» n’est pas un nombre de secondes (1 ou plus)</translation>
    </message>
    <message>
        <source>still running: %1
</source>
        <translation>encore en cours&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <source>almanac-cli: the round did not end within %1 s; %n destination(s) still going out are settled by the next run.
</source>
        <translation>
            <numerusform>almanac-cli&#xa0;: le tour ne s’est pas terminé en %1 s&#xa0;; %n destination encore en cours sera réglée par le prochain lancement.
</numerusform>
            <numerusform>almanac-cli&#xa0;: le tour ne s’est pas terminé en %1 s&#xa0;; %n destinations encore en cours seront réglées par le prochain lancement.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--date-order &quot;%1&quot; is not a date order; expected dmy (31/12/2027), mdy (12/31/2027) or ymd (2027/12/31)</source>
        <translation>--date-order «&#xa0;%1&#xa0;» n’est pas un ordre de date&#xa0;; attendu dmy (31/12/2027), mdy (12/31/2027) ou ymd (2027/12/31)</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not HEADER=FIELD, such as --map &quot;Post copy=content&quot;</source>
        <translation>--map «&#xa0;%1&#xa0;» n’est pas de la forme EN-TÊTE=CHAMP, par exemple --map &quot;Post copy=content&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: le fichier n’a pas de colonne «&#xa0;%2&#xa0;»&#xa0;; ses colonnes sont %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field; expected ignore or one of %3</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un champ&#xa0;; attendu&#xa0;: ignore ou l’un de %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field of the %3 format, which this file is read in; expected ignore or one of %4</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un champ du format %3, dans lequel ce fichier est lu&#xa0;; attendu&#xa0;: ignore ou l’un de %4</translation>
    </message>
    <message>
        <source>integrations needs add, list, remove or test</source>
        <translation>integrations attend add, list, remove ou test</translation>
    </message>
    <message>
        <source>integrations test needs exactly one ID</source>
        <translation>integrations test attend exactement un ID</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>il n&apos;y a pas d&apos;intégration %1</translation>
    </message>
    <message>
        <source>%1 is published by a hosted scheduler; sync shows whether it takes posts</source>
        <translation>%1 est publié par un planificateur hébergé&#xa0;; sync montre s&apos;il accepte les publications</translation>
    </message>
    <message>
        <source>no keychain is at hand for the account&apos;s secret</source>
        <translation>aucun trousseau n&apos;est disponible pour le secret du compte</translation>
    </message>
    <message numerus="yes">
        <source>--map &quot;%1&quot;: %n columns are named &quot;%2&quot; (columns %3); name one by its number, such as --map &quot;%4=%5&quot;</source>
        <translation>
            <numerusform>--map «&#xa0;%1&#xa0;»&#xa0;: %n colonne s’appelle «&#xa0;%2&#xa0;» (colonnes %3)&#xa0;; désignez-en une par son numéro, par exemple --map &quot;%4=%5&quot;</numerusform>
            <numerusform>--map «&#xa0;%1&#xa0;»&#xa0;: %n colonnes s’appellent «&#xa0;%2&#xa0;» (colonnes %3)&#xa0;; désignez-en une par son numéro, par exemple --map &quot;%4=%5&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4 (%5)
</source>
        <translation>%1&#xa0;: publication %2 vers %3 %4 (%5)
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.
</source>
        <translation>
            <numerusform>%n publication exportée vers %1.
</numerusform>
            <numerusform>%n publications exportées vers %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.
</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problème dans %1.
</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problèmes dans %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row such as content,integrations,schedule_at.</source>
        <translation>Le fichier est vide&#xa0;; une ligne d&apos;en-tête est attendue, comme content,integrations,schedule_at.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>Could not start writing to the store %1.</source>
        <translation>Impossible de commencer à écrire dans les données %1.</translation>
    </message>
    <message>
        <source>The file has %1 columns now, but %2 were mapped; it changed since it was opened.</source>
        <translation>Le fichier a maintenant %1 colonnes, mais %2 ont été associées&#xa0;; il a changé depuis son ouverture.</translation>
    </message>
    <message>
        <source>The file is too large to check every row for duplicates; rows after the first %1 destinations were not compared.</source>
        <translation>Le fichier est trop grand pour chercher des doublons sur chaque ligne&#xa0;; les lignes après les %1 premières destinations n&apos;ont pas été comparées.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, byte %2: %3</source>
        <translation>Ligne %1, octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than 16 MiB; a closing quote (&quot;) is probably missing</source>
        <translation>un champ entre guillemets dépasse 16 Mio&#xa0;; il manque probablement un guillemet fermant (&quot;)</translation>
    </message>
    <message>
        <source>a single record is larger than 16 MiB; is this a CSV file?</source>
        <translation>un seul enregistrement dépasse 16 Mio&#xa0;; est-ce bien un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>NUL byte found; this is a binary file, not a CSV text file</source>
        <translation>octet NUL trouvé&#xa0;; c&apos;est un fichier binaire, pas un fichier texte CSV</translation>
    </message>
    <message>
        <source>byte %1 is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>l&apos;octet %1 n&apos;est pas de l&apos;UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8 («&#xa0;CSV UTF-8&#xa0;» dans Excel)</translation>
    </message>
    <message>
        <source>the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>les octets à partir de %1 ne sont pas de l&apos;UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8 («&#xa0;CSV UTF-8&#xa0;» dans Excel)</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>le fichier est encodé en UTF-16&#xa0;; enregistrez-le en UTF-8 («&#xa0;CSV UTF-8&#xa0;» dans Excel)</translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote (&quot;)</source>
        <translation>le champ entre guillemets qui commence ici n&apos;a pas de guillemet fermant (&quot;)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;), and the field must end with the delimiter or the line</source>
        <translation>texte inattendu après le guillemet fermant du champ %1&#xa0;; un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;), et le champ doit se terminer par le séparateur ou la fin de ligne</translation>
    </message>
    <message>
        <source>a record has more than %1 fields; Almanac reads at most %1 columns</source>
        <translation>un enregistrement a plus de %1 champs&#xa0;; Almanac lit au plus %1 colonnes</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;</source>
        <translation>Impossible d&apos;exécuter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store.</source>
        <translation>Impossible de créer le dossier %1 pour les données.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the store %1</source>
        <translation>Impossible d&apos;ouvrir les données %1</translation>
    </message>
    <message>
        <source>%1 is not an Almanac store (not an SQLite database): %2</source>
        <translation>%1 n&apos;est pas un fichier de données Almanac (pas une base SQLite)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The store %1 has schema version %2, newer than this Almanac understands (%3). Update Almanac to open it.</source>
        <translation>Les données %1 ont le schéma version %2, plus récent que ce que cet Almanac comprend (%3). Mettez Almanac à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>La migration vers le schéma version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
    <message>
        <source>No savepoint is open.</source>
        <translation>Aucun point de sauvegarde n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Could not start bringing the store %1 up to date: another program keeps it busy.</source>
        <translation>Impossible de mettre à jour les données %1&#xa0;: un autre programme les occupe.</translation>
    </message>
</context>
<context>
    <name>DateTimeResolver</name>
    <message>
        <source>a date and time such as %1, %2, %3 or %4 (day first), or %5 (month first)</source>
        <translation>une date et une heure comme %1, %2, %3 ou %4 (jour d’abord), ou %5 (mois d’abord)</translation>
    </message>
</context>
<context>
    <name>DeletePostsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln post(s)</source>
        <translation>
            <numerusform>Supprimer %Ln publication</numerusform>
            <numerusform>Supprimer %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>La publication %1 n&apos;est plus dans les données.</translation>
    </message>
</context>
<context>
    <name>DeliveryModel</name>
    <message>
        <source>Unconfirmed: it was sent to %1 %2 minutes ago without an answer, and %1 no longer recognises a repeat after that long. Check the account: if the post is there, mark it published; if not, send it again.</source>
        <translation>Non confirmée&#xa0;: elle a été envoyée à %1 il y a %2 minutes sans réponse, et %1 ne reconnaît plus une répétition après tant de temps. Vérifiez le compte&#xa0;: si la publication y est, marquez-la comme publiée&#xa0;; sinon, renvoyez-la.</translation>
    </message>
    <message>
        <source>Unconfirmed: it was sent to %1 without an answer, and %1 cannot tell a repeat from a new post. Check the channel: if the post is there, mark it published; if not, send it again.</source>
        <translation>Non confirmée&#xa0;: elle a été envoyée à %1 sans réponse, et %1 ne distingue pas une répétition d’une nouvelle publication. Vérifiez le canal&#xa0;: si la publication y est, marquez-la comme publiée&#xa0;; sinon, renvoyez-la.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today.</source>
        <translation>Nouveau café d&apos;origine unique de Huila&#xa0;: notes de pomme rouge, panela et cacao. De retour en stock aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Brewing tip: grind a little finer when your pour-over drains in under three minutes.</source>
        <translation>Astuce d&apos;infusion&#xa0;: moulez un peu plus fin quand votre filtre s&apos;écoule en moins de trois minutes.</translation>
    </message>
    <message>
        <source>We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!</source>
        <translation>Nous sommes au marché du samedi de 8 h à 13 h. Venez dire bonjour et goûter la dégustation de cold brew&#xa0;!</translation>
    </message>
    <message>
        <source>Behind the scenes: roasting day at the warehouse #roasting</source>
        <translation>Dans les coulisses&#xa0;: jour de torréfaction à l&apos;entrepôt #roasting</translation>
    </message>
    <message>
        <source>Our barista team is hiring. Part time, weekends, great coffee guaranteed.</source>
        <translation>Notre équipe de baristas recrute. Temps partiel, week-ends, excellent café garanti.</translation>
    </message>
    <message>
        <source>Customer question of the week: does dark roast have more caffeine? Short answer: no.</source>
        <translation>La question client de la semaine&#xa0;: la torréfaction foncée contient-elle plus de caféine&#xa0;? Réponse courte&#xa0;: non.</translation>
    </message>
    <message>
        <source>Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings.</source>
        <translation>Le mélange d&apos;automne est de retour&#xa0;: un assemblage réconfortant du Brésil et d&apos;Éthiopie pour les matins plus frais.</translation>
    </message>
    <message>
        <source>Thank you for 10,000 followers! A free bag goes to three of you this Friday.</source>
        <translation>Merci pour les 10 000 abonnés&#xa0;! Un paquet offert à trois d&apos;entre vous ce vendredi.</translation>
    </message>
    <message>
        <source>Workshop: latte art for beginners, Thursday 6 pm. Eight seats left.</source>
        <translation>Atelier&#xa0;: latte art pour débutants, jeudi 18 h. Plus que huit places.</translation>
    </message>
    <message>
        <source>How we pick our farms: direct trade, visits every harvest, prices above fair trade.</source>
        <translation>Comment nous choisissons nos fermes&#xa0;: commerce direct, visites à chaque récolte, prix au-dessus du commerce équitable.</translation>
    </message>
    <message>
        <source>The account&apos;s token has expired; reconnect it.</source>
        <translation>Le jeton du compte a expiré&#xa0;; reconnectez-le.</translation>
    </message>
    <message>
        <source>Idea: a photo series on the people who grow our beans, one farm a week.</source>
        <translation>Idée&#xa0;: une série de photos sur les personnes qui cultivent nos grains, une ferme par semaine.</translation>
    </message>
    <message>
        <source>Idea: poll which single origin should come back next month.</source>
        <translation>Idée&#xa0;: un sondage sur l&apos;origine unique qui devrait revenir le mois prochain.</translation>
    </message>
    <message>
        <source>Idea: a 60-second video on dialling in espresso at home.</source>
        <translation>Idée&#xa0;: une vidéo de 60 secondes pour régler son espresso à la maison.</translation>
    </message>
    <message>
        <source>OpenPost could not post it: the account&apos;s sign-in has expired there; reconnect it at OpenPost.</source>
        <translation>OpenPost n’a pas pu la publier&#xa0;: la connexion du compte y a expiré&#xa0;; reconnectez-le chez OpenPost.</translation>
    </message>
    <message>
        <source>Could not set up the demo</source>
        <translation>Impossible de préparer la démo</translation>
    </message>
</context>
<context>
    <name>DialectDetector</name>
    <message>
        <source>The header row (%1) is not one Almanac knows. Expected the OpenPost columns content, integrations, schedule_at (optional: media, post_type, tags) or the bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.</source>
        <translation>La ligne d&apos;en-tête (%1) n&apos;est pas connue d&apos;Almanac. Attendu&#xa0;: les colonnes OpenPost content, integrations, schedule_at (facultatives&#xa0;: media, post_type, tags) ou les colonnes bundle.social teamId, title, postDate, status, socialAccountTypes, text.</translation>
    </message>
    <message>
        <source>Column %1 has no name; its values are kept in the import history but not used.</source>
        <translation>La colonne %1 n&apos;a pas de nom&#xa0;; ses valeurs restent dans l&apos;historique des importations mais ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is not one of the %3 columns; its values are kept in the import history but not used.</source>
        <translation>La colonne %1 «&#xa0;%2&#xa0;» n&apos;est pas une colonne %3&#xa0;; ses valeurs restent dans l&apos;historique des importations mais ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; mean the same field; keep only one of them.</source>
        <translation>Les colonnes %1 «&#xa0;%2&#xa0;» et %3 «&#xa0;%4&#xa0;» désignent le même champ&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 header is missing the required column(s) %2. Found: %3.</source>
        <translation>
            <numerusform>Il manque à l&apos;en-tête %1 la colonne obligatoire %2. Trouvé&#xa0;: %3.</numerusform>
            <numerusform>Il manque à l&apos;en-tête %1 les colonnes obligatoires %2. Trouvé&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>Accounts (IDs or platforms)</source>
        <translation>Comptes (identifiants ou plateformes)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Heure programmée</translation>
    </message>
    <message>
        <source>Media links</source>
        <translation>Liens des médias</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Type de publication</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Text per platform</source>
        <translation>Texte par plateforme</translation>
    </message>
    <message>
        <source>Settings per platform</source>
        <translation>Réglages par plateforme</translation>
    </message>
    <message>
        <source>bundle.social team</source>
        <translation>Équipe bundle.social</translation>
    </message>
    <message>
        <source>Internal title</source>
        <translation>Titre interne</translation>
    </message>
    <message>
        <source>Status (draft or scheduled)</source>
        <translation>Statut (brouillon ou programmé)</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Texte pour %1</translation>
    </message>
    <message>
        <source>Media links for %1</source>
        <translation>Liens des médias pour %1</translation>
    </message>
    <message>
        <source>%1 setting: %2</source>
        <translation>Réglage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; holds a time of day, but no column is the date it belongs to; name a column date (or map one to Scheduled date).</source>
        <translation>La colonne %1 «&#xa0;%2&#xa0;» contient une heure, mais aucune colonne ne donne la date correspondante&#xa0;; nommez une colonne date (ou associez-en une à la date prévue).</translation>
    </message>
</context>
<context>
    <name>DuplicatePostsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln post(s)</source>
        <translation>
            <numerusform>Dupliquer %Ln publication</numerusform>
            <numerusform>Dupliquer %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>La publication %1 n&apos;est plus dans les données.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The address is not a full web address; expected one like https://example.com.</source>
        <translation>L&apos;adresse n&apos;est pas une adresse web complète&#xa0;; attendu&#xa0;: une adresse comme https://example.com.</translation>
    </message>
    <message>
        <source>The address of %1 carries a user name or password; enter it without them.</source>
        <translation>L&apos;adresse de %1 contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; saisissez-la sans eux.</translation>
    </message>
    <message>
        <source>The address of %1 uses plain http, which would send your key or password unencrypted; use https://%1.</source>
        <translation>L&apos;adresse de %1 utilise du simple http, qui enverrait votre clé ou votre mot de passe sans chiffrement&#xa0;; utilisez https://%1.</translation>
    </message>
    <message>
        <source>Note: %1 is on this computer and is reached without encryption (http).</source>
        <translation>Remarque&#xa0;: %1 se trouve sur cet ordinateur et on y accède sans chiffrement (http).</translation>
    </message>
    <message>
        <source>The server handed back an address that is not a full https:// address.</source>
        <translation>Le serveur a renvoyé une adresse qui n&apos;est pas une adresse https:// complète.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that carries a user name or password; Almanac does not follow it.</source>
        <translation>Le serveur a renvoyé pour %1 une adresse contenant un nom d&apos;utilisateur ou un mot de passe&#xa0;; Almanac ne la suit pas.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that is not https; Almanac does not follow it.</source>
        <translation>Le serveur a renvoyé pour %1 une adresse qui n&apos;est pas en https&#xa0;; Almanac ne la suit pas.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row %1, %2: %3
</source>
        <translation>ligne %1, %2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2; %3 invalid rows skipped and recorded</source>
        <translation>%1 publications importées (importation n° %2)&#xa0;; %3 lignes invalides ignorées et consignées</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2</source>
        <translation>%1 publications importées (importation n° %2)</translation>
    </message>
    <message>
        <source>every row is valid; nothing written (dry run)</source>
        <translation>toutes les lignes sont valides&#xa0;; rien n&apos;a été écrit (essai à blanc)</translation>
    </message>
    <message>
        <source>nothing written (dry run)</source>
        <translation>rien n&apos;a été écrit (essai à blanc)</translation>
    </message>
    <message>
        <source>nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones</source>
        <translation>rien n&apos;a été écrit&#xa0;: corrigez les lignes invalides, ou utilisez --skip-invalid pour importer les valides</translation>
    </message>
    <message>
        <source>file refused; nothing written</source>
        <translation>fichier refusé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the store refused the import; nothing written</source>
        <translation>les données ont refusé l&apos;importation&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cancelled; nothing written</source>
        <translation>annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 invalid; %5
</source>
        <translation>%1&#xa0;: %2 lignes, %3 valides, %4 invalides&#xa0;; %5
</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Could not read the import&apos;s posts</source>
        <translation>Impossible de lire les publications de l&apos;importation</translation>
    </message>
    <message>
        <source>Could not mark the import as undone</source>
        <translation>Impossible de marquer l&apos;importation comme annulée</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Could not record the import</source>
        <translation>Impossible de consigner l&apos;importation</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Impossible de lire les données</translation>
    </message>
    <message>
        <source>Could not prepare the import: the store is not an SQLite database.</source>
        <translation>Impossible de préparer l&apos;importation&#xa0;: les données ne sont pas une base SQLite.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s indexes</source>
        <translation>Impossible de lire les index des données</translation>
    </message>
    <message>
        <source>Could not set the store&apos;s indexes aside for the import</source>
        <translation>Impossible de mettre de côté les index des données pour l&apos;importation</translation>
    </message>
    <message>
        <source>Row %1: could not record it in the import history: %2</source>
        <translation>Ligne %1&#xa0;: impossible de la consigner dans l&apos;historique des importations&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not finish recording the import</source>
        <translation>Impossible de terminer la consignation de l&apos;importation</translation>
    </message>
    <message>
        <source>Could not rebuild the store&apos;s indexes after the import</source>
        <translation>Impossible de reconstruire les index des données après l&apos;importation</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;intégration utilisable&#xa0;; utilisez de 1 à 128 lettres, chiffres ou _ .&#xa0;: @ -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform Almanac knows; expected one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une plateforme connue d&apos;Almanac&#xa0;; attendu&#xa0;: l&apos;une de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; expected one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fournisseur&#xa0;; attendu&#xa0;: l&apos;un de %2.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;; add it first with provider add.</source>
        <translation>Il n&apos;y a pas de compte fournisseur «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d&apos;abord avec provider add.</translation>
    </message>
    <message>
        <source>An integration with the ID &quot;%1&quot; already exists.</source>
        <translation>Une intégration avec l&apos;ID «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not save the integration %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;intégration %1</translation>
    </message>
    <message>
        <source>There is no integration with the ID &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;intégration avec l&apos;ID «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; belonged to a removed %2 account; choose another ID.</source>
        <translation>L&apos;ID «&#xa0;%1&#xa0;» appartenait à un compte %2 retiré&#xa0;; choisissez un autre ID.</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Impossible de lire les données</translation>
    </message>
    <message>
        <source>Could not remove the integration %1</source>
        <translation>Impossible de retirer l&apos;intégration %1</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is too like the account &quot;%2&quot;: both would read their secret from ALMANAC_SECRET_%3. Choose an ID that differs in more than punctuation or letter case.</source>
        <translation>L&apos;ID «&#xa0;%1&#xa0;» ressemble trop au compte «&#xa0;%2&#xa0;»&#xa0;: tous deux liraient leur secret dans ALMANAC_SECRET_%3. Choisissez un ID qui ne diffère pas seulement par la ponctuation ou les majuscules.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) still go to %1: give them another account or delete them first (the calendar&apos;s account filter shows them).</source>
        <translation>
            <numerusform>%n publication va encore vers %1&#xa0;: donnez-lui d&apos;abord un autre compte ou supprimez-la (le filtre de comptes du calendrier la montre).</numerusform>
            <numerusform>%n publications vont encore vers %1&#xa0;: donnez-leur d&apos;abord un autre compte ou supprimez-les (le filtre de comptes du calendrier les montre).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a list of posts; expected an Almanac export ({&quot;posts&quot;: [...]}) or an array of posts.</source>
        <translation>%1 est du JSON, mais pas une liste de publications&#xa0;; attendu&#xa0;: un export Almanac ({&quot;posts&quot;: [...]}) ou un tableau de publications.</translation>
    </message>
    <message>
        <source>%1 holds no posts.</source>
        <translation>%1 ne contient aucune publication.</translation>
    </message>
    <message>
        <source>Could not start writing to the store.</source>
        <translation>Impossible de commencer à écrire dans les données.</translation>
    </message>
    <message>
        <source>scheduled_at: &quot;%1&quot; is not a time with a zone; expected ISO 8601 such as 2026-05-01T09:00:00Z.</source>
        <translation>scheduled_at&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une heure avec fuseau&#xa0;; attendu&#xa0;: ISO 8601 comme 2026-05-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>scheduled_at: expected a time such as &quot;2026-05-01T09:00:00Z&quot;, or null for an undated draft.</source>
        <translation>scheduled_at&#xa0;: attendu&#xa0;: une heure comme «&#xa0;2026-05-01T09:00:00Z&#xa0;», ou null pour un brouillon sans date.</translation>
    </message>
    <message>
        <source>post %1 (&quot;%2&quot;): %3</source>
        <translation>publication %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2; Almanac reads JSON exports up to that size. Export fewer posts (a range of days) and import each part.</source>
        <translation>%1 dépasse %2&#xa0;; Almanac lit les exports JSON jusqu&apos;à cette taille. Exportez moins de publications (une période de quelques jours) et importez chaque partie.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>le trousseau n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1).</source>
        <translation>le trousseau n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>Le trousseau n&apos;a pas conservé le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Le trousseau n&apos;a pas retiré le secret&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MastodonPublisher</name>
    <message>
        <source>Mastodon answered HTTP %1.</source>
        <translation>Mastodon a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Mastodon refused it (HTTP %1): %2</source>
        <translation>Mastodon l&apos;a refusée (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account %1 has no instance URL (--service-url).</source>
        <translation>Le compte %1 n&apos;a pas d&apos;URL d&apos;instance (--service-url).</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Saisissez l&apos;URL de l&apos;instance, comme https://mastodon.social.</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2.</source>
        <translation>Connecté à %1 en tant que @%2.</translation>
    </message>
    <message>
        <source>Mastodon was still processing the media after 10 minutes.</source>
        <translation>Mastodon traitait encore les médias au bout de 10 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>This instance takes up to %n characters per post.</source>
        <translation>
            <numerusform>Cette instance accepte jusqu’à %n caractère par publication.</numerusform>
            <numerusform>Cette instance accepte jusqu’à %n caractères par publication.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLoader</name>
    <message>
        <source>The media %1 is %2; the platform takes at most %3.</source>
        <translation>Le média %1 fait %2&#xa0;; la plateforme accepte au plus %3.</translation>
    </message>
    <message>
        <source>The media %1 is neither a file nor an http(s) link.</source>
        <translation>Le média %1 n&apos;est ni un fichier ni un lien http(s).</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched (HTTP %2).</source>
        <translation>Le média %1 n&apos;a pas pu être récupéré (HTTP %2).</translation>
    </message>
    <message>
        <source>The media cannot be used: %1.</source>
        <translation>Le média ne peut pas être utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The media %1 is larger than the platform takes (at most %2).</source>
        <translation>Le média %1 dépasse ce que la plateforme accepte (au plus %2).</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched: %2</source>
        <translation>Le média %1 n&apos;a pas pu être récupéré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MediaPolicy</name>
    <message>
        <source>a public address</source>
        <translation>une adresse publique</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>a private network address</source>
        <translation>une adresse de réseau privé</translation>
    </message>
    <message>
        <source>a link-local network address</source>
        <translation>une adresse réseau lien-local</translation>
    </message>
    <message>
        <source>a cloud&apos;s metadata service</source>
        <translation>le service de métadonnées d&apos;un cloud</translation>
    </message>
    <message>
        <source>an unspecified address</source>
        <translation>une adresse non spécifiée</translation>
    </message>
    <message>
        <source>a reserved or multicast address</source>
        <translation>une adresse réservée ou de multidiffusion</translation>
    </message>
    <message>
        <source>the link names no host</source>
        <translation>le lien n&apos;indique aucun serveur</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac fetches media only from public hosts (Settings → Publishing → &quot;Allow media from my local network&quot; lifts this)</source>
        <translation>%1 est %2&#xa0;; Almanac ne récupère des médias que sur des serveurs publics (Paramètres → Publication → «&#xa0;Autoriser les médias de mon réseau local&#xa0;» lève cette limite)</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac never fetches media from there</source>
        <translation>%1 est %2&#xa0;; Almanac n&apos;y récupère jamais de médias</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a system file (%2), not a picture or video</source>
        <translation>%1 est un fichier système (%2), pas une image ni une vidéo</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device, pipe or socket)</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un dossier, un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
        <source>%1 is a file on this computer; a plan from someone else may name only https links (add the file in the composer instead)</source>
        <translation>%1 est un fichier de cet ordinateur&#xa0;; un plan venant de quelqu&apos;un d&apos;autre ne peut indiquer que des liens https (ajoutez plutôt le fichier dans l&apos;éditeur)</translation>
    </message>
    <message>
        <source>%1 is not a media link; expected an https:// link</source>
        <translation>%1 n&apos;est pas un lien de média&#xa0;; attendu&#xa0;: un lien https://</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://</source>
        <translation>%1 n&apos;est pas chiffré&#xa0;; un lien de média dans un fichier importé doit commencer par https://</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link</source>
        <translation>%1 contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; attendu&#xa0;: un simple lien https://</translation>
    </message>
    <message>
        <source>%1 names a file by a relative path; a plan may name only whole paths, which the user confirms</source>
        <translation>%1 indique un fichier par un chemin relatif&#xa0;; un plan ne peut indiquer que des chemins complets, que l&apos;utilisateur confirme</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>le trousseau n&apos;en contient aucun.</translation>
    </message>
</context>
<context>
    <name>MovePostsCommand</name>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>Déplacer %Ln publication</numerusform>
            <numerusform>Déplacer %Ln publications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenPostProvider</name>
    <message>
        <source>OpenPost refused the edit: %1 (only drafts and scheduled posts can be edited).</source>
        <translation>OpenPost a refusé la modification&#xa0;: %1 (seuls les brouillons et les publications planifiées peuvent être modifiés).</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer to the media upload could not be read.</source>
        <translation>La réponse d&apos;OpenPost à l&apos;envoi du média n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer could not be read (%1 posts for %2 sent).</source>
        <translation>La réponse d&apos;OpenPost n&apos;a pas pu être lue (%1 publications envoyées pour %2).</translation>
    </message>
    <message>
        <source>OpenPost handed back an upload address that is not a full https:// address.</source>
        <translation>OpenPost a renvoyé une adresse d&apos;envoi qui n&apos;est pas une adresse https:// complète.</translation>
    </message>
</context>
<context>
    <name>OpenPostRowValidator</name>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>est vide&#xa0;; chaque publication a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected draft or scheduled (or nothing: scheduled when there is a time).</source>
        <translation>%1 n&apos;est pas un état&#xa0;; attendu&#xa0;: draft ou scheduled (ou rien&#xa0;: planifiée s&apos;il y a une heure).</translation>
    </message>
    <message>
        <source>is scheduled, but %1 is empty; a scheduled post needs a time.</source>
        <translation>est «&#xa0;scheduled&#xa0;», mais %1 est vide&#xa0;; une publication planifiée a besoin d&apos;une heure.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 n&apos;est pas un type de publication&#xa0;; attendu&#xa0;: l&apos;un de %2.</translation>
    </message>
    <message>
        <source>the value for %1 is not text; expected {&quot;%1&quot;: &quot;the text&quot;}.</source>
        <translation>la valeur pour %1 n&apos;est pas du texte&#xa0;; attendu&#xa0;: {&quot;%1&quot;: &quot;le texte&quot;}.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; expected one keyed by platform, e.g. {&quot;x&quot;: ...}.</source>
        <translation>%1 n&apos;est pas un objet JSON&#xa0;; attendu&#xa0;: un objet dont les clés sont des plateformes, p. ex. {&quot;x&quot;: ...}.</translation>
    </message>
    <message>
        <source>%1 is not a platform; expected platform ids such as x, bluesky, linkedin.</source>
        <translation>%1 n&apos;est pas une plateforme&#xa0;; attendu&#xa0;: des ID de plateforme comme x, bluesky, linkedin.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Could not record the request</source>
        <translation>Impossible de consigner la requête</translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation>Impossible de consigner la synchronisation</translation>
    </message>
    <message>
        <source>Could not record the remote post</source>
        <translation>Impossible de consigner la publication distante</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>Impossible de consigner l&apos;échec</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>Impossible de consigner le nouvel essai</translation>
    </message>
    <message>
        <source>Could not find the failed posts</source>
        <translation>Impossible de trouver les publications en échec</translation>
    </message>
    <message>
        <source>Could not queue the failed posts again</source>
        <translation>Impossible de remettre en file les publications en échec</translation>
    </message>
    <message>
        <source>Could not record the cancelled group</source>
        <translation>Impossible de consigner le groupe annulé</translation>
    </message>
    <message>
        <source>Could not record what the provider said</source>
        <translation>Impossible de consigner la réponse du fournisseur</translation>
    </message>
    <message>
        <source>Could not record the cancelled import</source>
        <translation>Impossible de consigner l&apos;importation annulée</translation>
    </message>
    <message>
        <source>Another Almanac took some of these posts first.</source>
        <translation>Un autre Almanac a pris en charge certaines de ces publications en premier.</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Impossible d&apos;annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PostEverywhereProvider</name>
    <message>
        <source>Refused by PostEverywhere (%1): %2</source>
        <translation>Refusée par PostEverywhere (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>PostEverywhere&apos;s answer could not be read.</source>
        <translation>La réponse de PostEverywhere n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>PostEverywhere has no publish-now call; schedule the post for now instead.</source>
        <translation>PostEverywhere n&apos;a pas d&apos;appel «&#xa0;publier maintenant&#xa0;»&#xa0;; planifiez plutôt la publication pour maintenant.</translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social&apos;s team settings.</source>
        <translation>Un CSV bundle.social a besoin de l&apos;ID d&apos;équipe pour sa colonne teamId&#xa0;; indiquez celui des paramètres d&apos;équipe de bundle.social.</translation>
    </message>
    <message>
        <source>Almanac posts</source>
        <translation>Publications Almanac</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L&apos;export a été arrêté&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write the export: %1.</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the OpenPost dialect has no column for (JSON keeps it).</source>
        <translation>
            <numerusform>%n publication a un texte alternatif, pour lequel le dialecte OpenPost n&apos;a pas de colonne (le JSON le garde).</numerusform>
            <numerusform>%n publications ont un texte alternatif, pour lequel le dialecte OpenPost n&apos;a pas de colonne (le JSON le garde).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</source>
        <translation>
            <numerusform>%n publication a des médias pour une seule plateforme&#xa0;; le dialecte OpenPost les liste pour chaque plateforme (le CSV bundle.social ou le JSON les gardent séparés).</numerusform>
            <numerusform>%n publications ont des médias pour une seule plateforme&#xa0;; le dialecte OpenPost les liste pour chaque plateforme (le CSV bundle.social ou le JSON les gardent séparés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a media address with a space or # in it, which the media column cannot hold apart from the next address.</source>
        <translation>
            <numerusform>%n publication a une adresse de média contenant un espace ou un #, que la colonne des médias ne peut pas séparer de l&apos;adresse suivante.</numerusform>
            <numerusform>%n publications ont une adresse de média contenant un espace ou un #, que la colonne des médias ne peut pas séparer de l&apos;adresse suivante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as scheduled, and importing it again asks for times in the future.</source>
        <translation>
            <numerusform>%n publication est publiée, en échec ou annulée&#xa0;; le fichier l&apos;indique comme planifiée, et la réimporter demande une heure dans le futur.</numerusform>
            <numerusform>%n publications sont publiées, en échec ou annulées&#xa0;; le fichier les indique comme planifiées, et les réimporter demande des heures dans le futur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date, and bundle.social needs a postDate: their rows are written with it empty, to fill in before an import.</source>
        <translation>
            <numerusform>%n brouillon n&apos;a pas de date, et bundle.social exige un postDate&#xa0;: sa ligne est écrite sans, à compléter avant une importation.</numerusform>
            <numerusform>%n brouillons n&apos;ont pas de date, et bundle.social exige un postDate&#xa0;: leurs lignes sont écrites sans, à compléter avant une importation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have no internal title, which bundle.social requires: their first words are used.</source>
        <translation>
            <numerusform>%n publication n&apos;a pas de titre interne, que bundle.social exige&#xa0;: ses premiers mots sont utilisés.</numerusform>
            <numerusform>%n publications n&apos;ont pas de titre interne, que bundle.social exige&#xa0;: leurs premiers mots sont utilisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have tags, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n publication a des étiquettes, pour lesquelles le dialecte bundle.social n&apos;a pas de colonne.</numerusform>
            <numerusform>%n publications ont des étiquettes, pour lesquelles le dialecte bundle.social n&apos;a pas de colonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</source>
        <translation>
            <numerusform>%n publication a un type autre que «&#xa0;post&#xa0;»&#xa0;; le dialecte bundle.social ne l&apos;indique que par plateforme (p. ex. instagramType).</numerusform>
            <numerusform>%n publications ont un type autre que «&#xa0;post&#xa0;»&#xa0;; le dialecte bundle.social ne l&apos;indique que par plateforme (p. ex. instagramType).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n publication a un texte alternatif, pour lequel le dialecte bundle.social n&apos;a pas de colonne.</numerusform>
            <numerusform>%n publications ont un texte alternatif, pour lequel le dialecte bundle.social n&apos;a pas de colonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for every platform; the bundle.social dialect lists them under each platform.</source>
        <translation>
            <numerusform>%n publication a des médias pour toutes les plateformes&#xa0;; le dialecte bundle.social les liste sous chaque plateforme.</numerusform>
            <numerusform>%n publications ont des médias pour toutes les plateformes&#xa0;; le dialecte bundle.social les liste sous chaque plateforme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have platform settings bundle.social has no column for.</source>
        <translation>
            <numerusform>%n publication a des réglages de plateforme pour lesquels bundle.social n&apos;a pas de colonne.</numerusform>
            <numerusform>%n publications ont des réglages de plateforme pour lesquels bundle.social n&apos;a pas de colonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) go to a platform bundle.social does not know; it is named by the account&apos;s ID.</source>
        <translation>
            <numerusform>%n publication va vers une plateforme que bundle.social ne connaît pas&#xa0;; elle est désignée par l&apos;ID du compte.</numerusform>
            <numerusform>%n publications vont vers une plateforme que bundle.social ne connaît pas&#xa0;; elle est désignée par l&apos;ID du compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as SCHEDULED.</source>
        <translation>
            <numerusform>%n publication est publiée, en échec ou annulée&#xa0;; le fichier l&apos;indique comme SCHEDULED.</numerusform>
            <numerusform>%n publications sont publiées, en échec ou annulées&#xa0;; le fichier les indique comme SCHEDULED.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date and are left out of the calendar.</source>
        <translation>
            <numerusform>%n brouillon n&apos;a pas de date et ne figure pas dans l&apos;agenda.</numerusform>
            <numerusform>%n brouillons n&apos;ont pas de date et ne figurent pas dans l&apos;agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Could not save the post</source>
        <translation>Impossible d&apos;enregistrer la publication</translation>
    </message>
    <message>
        <source>Could not save the destination %1 of the post</source>
        <translation>Impossible d&apos;enregistrer la destination %1 de la publication</translation>
    </message>
    <message>
        <source>Could not queue the post for sync</source>
        <translation>Impossible de mettre la publication en file de synchronisation</translation>
    </message>
    <message>
        <source>The post %1 is not in the store (deleted elsewhere?).</source>
        <translation>La publication %1 n&apos;est pas dans les données (supprimée ailleurs&#xa0;?).</translation>
    </message>
    <message>
        <source>Could not save the post&apos;s destinations</source>
        <translation>Impossible d&apos;enregistrer les destinations de la publication</translation>
    </message>
    <message>
        <source>Could not delete the post %1</source>
        <translation>Impossible de supprimer la publication %1</translation>
    </message>
    <message>
        <source>Could not move the post</source>
        <translation>Impossible de déplacer la publication</translation>
    </message>
    <message>
        <source>Could not change the post&apos;s tags</source>
        <translation>Impossible de modifier les étiquettes de la publication</translation>
    </message>
    <message>
        <source>Could not record the post&apos;s status</source>
        <translation>Impossible de consigner l&apos;état de la publication</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>Le compte %1 n&apos;est pas dans les données.</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <source> as X counts them (each link 23, CJK characters and emoji 2)</source>
        <translation> comptés comme X les compte (chaque lien 23, les caractères CJK et les emoji 2)</translation>
    </message>
    <message>
        <source> (each link counts 23)</source>
        <translation> (chaque lien compte pour 23)</translation>
    </message>
    <message>
        <source>%1 is in the past; expected a time after now (%2).</source>
        <translation>%1 est dans le passé&#xa0;; attendu&#xa0;: une heure après maintenant (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead; expected a time no later than %3.</source>
        <translation>%1 est à plus de %2 jours&#xa0;; attendu&#xa0;: une heure au plus tard le %3.</translation>
    </message>
    <message>
        <source>part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.</source>
        <translation>la partie %1 du fil fait %2 caractères pour %3%4&#xa0;; %3 accepte au plus %5 par publication.</translation>
    </message>
    <message>
        <source>is %1 characters long for %2%3; %2 accepts at most %4.</source>
        <translation>fait %1 caractères pour %2%3&#xa0;; %2 accepte au plus %4.</translation>
    </message>
    <message>
        <source>post type &quot;%1&quot; is not accepted by %2; %2 accepts %3.</source>
        <translation>le type de publication «&#xa0;%1&#xa0;» n&apos;est pas accepté par %2&#xa0;; %2 accepte %3.</translation>
    </message>
    <message>
        <source>has %1 media URLs; %2 accepts at most %3.</source>
        <translation>a %1 URL de médias&#xa0;; %2 accepte au plus %3.</translation>
    </message>
    <message>
        <source>is empty, but %1 needs at least one image or video URL.</source>
        <translation>est vide, mais %1 exige au moins une URL d&apos;image ou de vidéo.</translation>
    </message>
    <message>
        <source>TRUE or FALSE</source>
        <translation>TRUE ou FALSE</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;un de %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number such as 0.5</source>
        <translation>un nombre comme 0.5</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>une URL http:// ou https://</translation>
    </message>
    <message>
        <source>a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z</source>
        <translation>une date comme 2026-05-01 ou une date et une heure comme 2026-05-01T09:00:00Z</translation>
    </message>
    <message>
        <source>%1 is not accepted; expected %2.</source>
        <translation>%1 n&apos;est pas accepté&#xa0;; attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a setting of %2; it is kept but not used.</source>
        <translation>%1 n&apos;est pas un réglage de %2&#xa0;; il est conservé mais pas utilisé.</translation>
    </message>
    <message>
        <source>%1 is not a connected account.</source>
        <translation>%1 n&apos;est pas un compte connecté.</translation>
    </message>
    <message>
        <source>no account is chosen; choose at least one to post to.</source>
        <translation>aucun compte n&apos;est choisi&#xa0;; choisissez-en au moins un où publier.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 n&apos;est pas un type de publication&#xa0;; attendu&#xa0;: l&apos;un de %2.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an http:// or https:// URL or a file.</source>
        <translation>%1 n&apos;est pas une URL de média&#xa0;; attendu&#xa0;: une URL http:// ou https://, ou un fichier.</translation>
    </message>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>est vide&#xa0;; chaque publication a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>is %1 characters and %2 bytes long; %3 accepts at most %4 characters and %5 bytes (UTF-8) per post.</source>
        <translation>fait %1 caractères et %2 octets&#xa0;; %3 accepte au plus %4 caractères et %5 octets (UTF-8) par publication.</translation>
    </message>
    <message>
        <source>part %1 of the thread %2</source>
        <translation>la partie %1 du fil %2</translation>
    </message>
    <message>
        <source>Shorten that part, or split it in two.</source>
        <translation>Raccourcissez cette partie, ou coupez-la en deux.</translation>
    </message>
    <message>
        <source>Shorten it, or split it into a thread.</source>
        <translation>Raccourcissez-le, ou découpez-le en fil.</translation>
    </message>
    <message>
        <source>Shorten it, or give %1 a shorter text of its own.</source>
        <translation>Raccourcissez-le, ou donnez à %1 un texte plus court bien à lui.</translation>
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
        <translation>Impossible de préparer l&apos;enregistrement des publications&#xa0;: les données ne sont pas une base SQLite.</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>Le compte %1 n&apos;est pas dans les données.</translation>
    </message>
    <message>
        <source>Could not save the post: %1</source>
        <translation>Impossible d&apos;enregistrer la publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>The post&apos;s destinations were not resolved.</source>
        <translation>Les destinations de la publication n&apos;ont pas été résolues.</translation>
    </message>
    <message>
        <source>Could not save the destination %1: %2</source>
        <translation>Impossible d&apos;enregistrer la destination %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not queue the post for sync: %1</source>
        <translation>Impossible de mettre la publication en file de synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProviderChannel</name>
    <message>
        <source>Syncing to %1 (%2) is not available yet.</source>
        <translation>La synchronisation vers %1 (%2) n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>The path %1 leaves %2; Almanac does not send the key there.</source>
        <translation>Le chemin %1 sort de %2&#xa0;; Almanac n&apos;y envoie pas la clé.</translation>
    </message>
</context>
<context>
    <name>ProviderOperations</name>
    <message>
        <source>No post here was created in the group %1.</source>
        <translation>Aucune publication n&apos;a été créée ici dans le groupe %1.</translation>
    </message>
    <message>
        <source>%1 (%2) has no groups to cancel.</source>
        <translation>%1 (%2) n&apos;a aucun groupe à annuler.</translation>
    </message>
    <message>
        <source>%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, --since, --until or --post.</source>
        <translation>%1&#xa0;: %2 n&apos;a pas été sollicité pour réessayer, car il refuse un nouvel essai sans filtre&#xa0;; indiquez --platform, --since, --until ou --post.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 destinations queued for retry there.</source>
        <translation>%1&#xa0;: %2 destinations remises en file là-bas.</translation>
    </message>
    <message>
        <source>%1: the retry was refused: %2</source>
        <translation>%1&#xa0;: le nouvel essai a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The store is not open, so the group %1 was not cancelled.</source>
        <translation>Les données ne sont pas ouvertes, donc le groupe %1 n’a pas été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed at %1, which has no way to be asked to publish again: open the post and choose Duplicate to send a copy.</source>
        <translation>
            <numerusform>%Ln destination a échoué chez %1, à qui on ne peut pas demander de publier à nouveau&#xa0;: ouvrez la publication et choisissez «&#xa0;Dupliquer&#xa0;» pour en envoyer une copie.</numerusform>
            <numerusform>%Ln destinations ont échoué chez %1, à qui on ne peut pas demander de publier à nouveau&#xa0;: ouvrez la publication et choisissez «&#xa0;Dupliquer&#xa0;» pour en envoyer une copie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable provider name; use 1 to 64 letters, digits, _ or -.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fournisseur utilisable&#xa0;; utilisez de 1 à 64 lettres, chiffres, _ ou -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider kind; expected one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de fournisseur&#xa0;; attendu&#xa0;: l&apos;un de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base URL; expected one such as https://api.openpost.so.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de base&#xa0;; attendu&#xa0;: une URL comme https://api.openpost.so.</translation>
    </message>
    <message>
        <source>%1 is not a usable rate limit; expected requests per minute from 1 to 100000.</source>
        <translation>%1 n&apos;est pas une limite de débit utilisable&#xa0;; attendu&#xa0;: des requêtes par minute de 1 à 100000.</translation>
    </message>
    <message>
        <source>A bundle.social provider needs its team: add --team-id TEAM.</source>
        <translation>Un fournisseur bundle.social a besoin de son équipe&#xa0;: ajoutez --team-id ÉQUIPE.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation>Un fournisseur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not save the provider %1</source>
        <translation>Impossible d&apos;enregistrer le fournisseur %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too like the provider &quot;%2&quot;: both would read their key from ALMANAC_API_KEY_%3. Choose a name that differs in more than punctuation or letter case.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» ressemble trop au fournisseur «&#xa0;%2&#xa0;»&#xa0;: tous deux liraient leur clé dans ALMANAC_API_KEY_%3. Choisissez un nom qui ne diffère pas seulement par la ponctuation ou les majuscules.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>RowReport</name>
    <message>
        <source>There is no import %1 in the store.</source>
        <translation>Il n&apos;y a pas d&apos;importation %1 dans les données.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>The row has %1 values but the header has %2 columns; the extra value %3 has no column. Quote values that contain the delimiter.</source>
        <translation>La ligne a %1 valeurs mais l&apos;en-tête a %2 colonnes&#xa0;; la valeur en trop %3 n&apos;a pas de colonne. Mettez entre guillemets les valeurs qui contiennent le séparateur.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>connectées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is the platform %2, but no %2 account is connected (%3).</source>
        <translation>%1 est la plateforme %2, mais aucun compte %2 n&apos;est connecté (%3).</translation>
    </message>
    <message>
        <source>%1 is not a platform bundle.social knows; accepted: %2.</source>
        <translation>%1 n&apos;est pas une plateforme connue de bundle.social&#xa0;; acceptées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a connected integration ID nor a platform name; %2.</source>
        <translation>%1 n&apos;est ni un ID d&apos;intégration connectée ni un nom de plateforme&#xa0;; %2.</translation>
    </message>
    <message>
        <source>%1 matches %2 connected integrations (%3); name the one you mean by its ID.</source>
        <translation>%1 correspond à %2 intégrations connectées (%3)&#xa0;; désignez celle voulue par son ID.</translation>
    </message>
    <message>
        <source>is empty; list at least one platform, such as INSTAGRAM,TIKTOK.</source>
        <translation>est vide&#xa0;; indiquez au moins une plateforme, comme INSTAGRAM,TIKTOK.</translation>
    </message>
    <message>
        <source>is empty; name at least one integration ID or platform (%1).</source>
        <translation>est vide&#xa0;; indiquez au moins un ID d&apos;intégration ou une plateforme (%1).</translation>
    </message>
    <message>
        <source>is empty; expected %1.</source>
        <translation>est vide&#xa0;; attendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is not a date and time Almanac can read; expected %2.</source>
        <translation>%1 n&apos;est pas une date et une heure lisibles par Almanac&#xa0;; attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside the gap, or add an offset such as +01:00.</source>
        <translation>%1 n&apos;existe pas dans le fuseau %2&#xa0;: on saute cette heure au passage à l&apos;heure d&apos;été. Choisissez une heure hors de ce trou, ou ajoutez un décalage comme +01:00.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick the second (%4).</source>
        <translation>%1 a lieu deux fois dans le fuseau %2 (on recule l&apos;heure)&#xa0;; Almanac prend la première, %3. Ajoutez un décalage pour choisir la seconde (%4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A post with the same text, destination (%1) and time is already in Almanac.</source>
        <translation>Une publication avec le même texte, la même destination (%1) et la même heure existe déjà dans Almanac.</translation>
    </message>
    <message>
        <source>An earlier row has the same text, destination (%1) and time; this looks like a duplicate.</source>
        <translation>Une ligne précédente a le même texte, la même destination (%1) et la même heure&#xa0;; cela ressemble à un doublon.</translation>
    </message>
    <message>
        <source>Row %1 has the same text, destination (%2) and time; this looks like a duplicate.</source>
        <translation>La ligne %1 a le même texte, la même destination (%2) et la même heure&#xa0;; cela ressemble à un doublon.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an https:// URL.</source>
        <translation>%1 n&apos;est pas une URL de média&#xa0;; attendu&#xa0;: une URL https://.</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link.</source>
        <translation>%1 contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; attendu&#xa0;: un simple lien https://.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://.</source>
        <translation>%1 n&apos;est pas chiffré&#xa0;; un lien de média dans un fichier importé doit commencer par https://.</translation>
    </message>
    <message>
        <source>%1 can be read day first or month first, and nothing in the file says which. Choose the date order on the mapping page (almanac-cli: --date-order dmy or mdy).</source>
        <translation>%1 peut se lire jour d’abord ou mois d’abord, et rien dans le fichier ne dit lequel. Choisissez l’ordre des dates sur la page de correspondance des colonnes (almanac-cli&#xa0;: --date-order dmy ou mdy).</translation>
    </message>
    <message>
        <source>no account is connected yet; connect one first (File &gt; Publishing Accounts or Hosted Schedulers)</source>
        <translation>aucun compte n’est encore connecté&#xa0;; connectez-en un d’abord (Fichier &gt; Comptes de publication ou Services de planification hébergés)</translation>
    </message>
    <message>
        <source>is empty, but %1 has a time (%2); give the date it belongs to.</source>
        <translation>est vide, mais %1 contient une heure (%2)&#xa0;; indiquez la date correspondante.</translation>
    </message>
    <message>
        <source>%1 is a time, but %2 has one already (%3); keep the time in one column.</source>
        <translation>%1 est une heure, mais %2 en a déjà une (%3)&#xa0;; gardez l’heure dans une seule colonne.</translation>
    </message>
    <message>
        <source>%1 is not a time of day Almanac can read; expected 14:30, 2:30 PM or 9:00.</source>
        <translation>%1 n’est pas une heure qu’Almanac sait lire&#xa0;; attendu&#xa0;: 14:30, 2:30 PM ou 9:00.</translation>
    </message>
</context>
<context>
    <name>SavePostCommand</name>
    <message>
        <source>Edit post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>Could not record the published post</source>
        <translation>Impossible de consigner la publication publiée</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>Impossible de consigner l&apos;échec</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>Impossible de consigner le nouvel essai</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s start</source>
        <translation>Impossible de consigner le démarrage du planificateur</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s round</source>
        <translation>Impossible de consigner le passage du planificateur</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s stop</source>
        <translation>Impossible de consigner l&apos;arrêt du planificateur</translation>
    </message>
    <message>
        <source>Could not claim the post</source>
        <translation>Impossible de prendre en charge la publication</translation>
    </message>
    <message>
        <source>Could not record the send</source>
        <translation>Impossible d’enregistrer l’envoi</translation>
    </message>
    <message>
        <source>Could not record that the post went out</source>
        <translation>Impossible d’enregistrer que la publication est partie</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>les données sont occupées</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No webhook URL for the account %1: %2 Enter it in Publishing Accounts, or set %3.</source>
        <translation>Aucune URL de webhook pour le compte %1&#xa0;: %2 Saisissez-la dans Comptes de publication, ou définissez %3.</translation>
    </message>
    <message>
        <source>No API key for the provider %1: %2 Store one in File → Hosted Schedulers (Set API Key), with &quot;almanac-cli provider set-key %1&quot;, or set %3.</source>
        <translation>Aucune clé d&apos;API pour le fournisseur %1&#xa0;: %2 Enregistrez-en une dans Fichier → Services de planification hébergés (Définir la clé d&apos;API), avec «&#xa0;almanac-cli provider set-key %1&#xa0;», ou définissez %3.</translation>
    </message>
    <message>
        <source>No secret for the account %1: %2 Store one in File → Publishing Accounts, with &quot;almanac-cli secret set %1&quot;, or set %3.</source>
        <translation>Aucun secret pour le compte %1&#xa0;: %2 Enregistrez-en un dans Fichier → Comptes de publication, avec «&#xa0;almanac-cli secret set %1&#xa0;», ou définissez %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Who can reply</source>
        <translation>Qui peut répondre</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Type de publication</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Who can watch</source>
        <translation>Qui peut regarder</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Autoriser les duos</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Autoriser les collages</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Autoriser les commentaires</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Conçu pour les enfants</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Thumbnail link</source>
        <translation>Lien de la miniature</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>People you follow</source>
        <translation>Les personnes que vous suivez</translation>
    </message>
    <message>
        <source>People you mention</source>
        <translation>Les personnes que vous mentionnez</translation>
    </message>
    <message>
        <source>Your subscribers</source>
        <translation>Vos abonnés payants</translation>
    </message>
    <message>
        <source>Verified accounts</source>
        <translation>Comptes vérifiés</translation>
    </message>
    <message>
        <source>Feed post</source>
        <translation>Publication dans le fil</translation>
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
        <translation>Les amis qui vous suivent en retour</translation>
    </message>
    <message>
        <source>Your followers</source>
        <translation>Vos abonnés</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Vous seul</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non répertorié</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Abonnés uniquement</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Personnes mentionnées uniquement</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <source>Card for the first link</source>
        <translation>Carte du premier lien</translation>
    </message>
</context>
<context>
    <name>SqliteClaims</name>
    <message>
        <source>Could not claim the post</source>
        <translation>Impossible de prendre en charge la publication</translation>
    </message>
    <message>
        <source>Could not claim the provider account: the store is busy</source>
        <translation>Impossible de prendre en charge le compte du fournisseur&#xa0;: les données sont occupées</translation>
    </message>
    <message>
        <source>Could not claim the provider account</source>
        <translation>Impossible de prendre en charge le compte du fournisseur</translation>
    </message>
    <message>
        <source>Could not renew the claim</source>
        <translation>Impossible de prolonger la prise en charge</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Impossible de lire les données</translation>
    </message>
    <message>
        <source>Could not release the claim</source>
        <translation>Impossible de libérer la prise en charge</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>Les données %1 ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas une sauvegarde Almanac (ce n&apos;est pas une base SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it has no posts, destinations and accounts).</source>
        <translation>%1 n&apos;est pas une sauvegarde Almanac (elle n&apos;a ni publications, ni destinations, ni comptes).</translation>
    </message>
    <message>
        <source>%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.</source>
        <translation>%1 provient d&apos;un Almanac plus récent (données version %2&#xa0;; celui-ci lit jusqu&apos;à %3). Mettez Almanac à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for a copy of the current store.</source>
        <translation>Le dossier %1 ne peut pas être créé pour une copie des données actuelles.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first. %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: les données actuelles n&apos;ont pas pu être copiées d&apos;abord. %1</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>Les données %1 ne peuvent pas être écrites&#xa0;: %2</translation>
    </message>
    <message>
        <source>The restore failed and the store is as it was: %1</source>
        <translation>La restauration a échoué et les données sont inchangées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1. The store before it is in %2.</source>
        <translation>La sauvegarde a été restaurée mais n&apos;a pas pu être mise à jour&#xa0;: %1. Les données d&apos;avant sont dans %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>SyncProvider</name>
    <message>
        <source>The server asked to wait (HTTP %1)%2</source>
        <translation>Le serveur a demandé d&apos;attendre (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2</source>
        <translation>Le serveur a échoué (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Refused by the server (HTTP %1): %2</source>
        <translation>Refusée par le serveur (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WebhookPublisher</name>
    <message>
        <source>Almanac is connected: posts for %1 will appear here.</source>
        <translation>Almanac est connecté&#xa0;: les publications pour %1 apparaîtront ici.</translation>
    </message>
    <message>
        <source>The webhook accepted a test event.</source>
        <translation>Le webhook a accepté un événement de test.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>Le webhook a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The webhook refused the post (HTTP %1): %2</source>
        <translation>Le webhook a refusé la publication (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account %1 has no usable webhook URL: %2</source>
        <translation>Le compte %1 n&apos;a pas d&apos;URL de webhook utilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WebhookUrlMigration</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Impossible de lire les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The webhook URL of %1 stays in the store for now: %2</source>
        <translation>L&apos;URL du webhook de %1 reste pour l&apos;instant dans les données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not update the store: %1</source>
        <translation>Impossible de mettre à jour les données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>almanacd</name>
    <message>
        <source>Almanac&apos;s scheduler and sync, without the window.</source>
        <translation>Le planificateur et la synchronisation d&apos;Almanac, sans la fenêtre.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Utiliser les données situées à CHEMIN.</translation>
    </message>
    <message>
        <source>Seconds between scheduler rounds (default 30).</source>
        <translation>Secondes entre deux passages du planificateur (30 par défaut).</translation>
    </message>
    <message>
        <source>Publish posts up to MINUTES late; later ones wait for the user (default: the window&apos;s setting, 15).</source>
        <translation>Publier les publications jusqu&apos;à MINUTES de retard&#xa0;; les plus tardives attendent l&apos;utilisateur (par défaut&#xa0;: le réglage de la fenêtre, 15).</translation>
    </message>
    <message>
        <source>Hold a post being published for SECONDS at a time, renewed while it runs: how long another scheduler waits to take over if this one is killed (default 120).</source>
        <translation>Garder une publication en cours d&apos;envoi SECONDES à la fois, prolongées tant que l&apos;envoi dure&#xa0;: le temps qu&apos;un autre planificateur attend avant de prendre le relais si celui-ci est arrêté (par défaut 120).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Almanac, the offline-first content calendar.</source>
        <translation>Almanac, le calendrier de contenu hors ligne d&apos;abord.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Utiliser les données situées à CHEMIN.</translation>
    </message>
    <message>
        <source>Try Almanac on a sample content plan in a temporary store (your own store is not touched).</source>
        <translation>Essayer Almanac sur un exemple de plan de contenu dans des données temporaires (les vôtres ne sont pas touchées).</translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation>Un fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Almanac cannot start</source>
        <translation>Almanac ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Les données n&apos;ont pas pu être ouvertes.

%1</translation>
    </message>
</context>
</TS>
