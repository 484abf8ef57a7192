<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Almanac</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Almanac::AccountsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>&amp;Guardar cuenta</translation>
    </message>
    <message>
        <source>Publishing Accounts</source>
        <translation>Cuentas de publicación</translation>
    </message>
    <message>
        <source>N&amp;ew Account</source>
        <translation>&amp;Nueva cuenta</translation>
    </message>
    <message>
        <source>Accounts Almanac publishes to:</source>
        <translation>Cuentas en las que publica Almanac:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>Aña&amp;dir cuenta</translation>
    </message>
    <message>
        <source>Ser&amp;vice URL:</source>
        <translation>URL del ser&amp;vicio:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>Contraseña de &amp;aplicación:</translation>
    </message>
    <message>
        <source>Use an app password, not your account password: in Bluesky, Settings → Privacy and security → App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own.</source>
        <translation>Usa una contraseña de aplicación, no la de tu cuenta: en Bluesky, Ajustes → Privacidad y seguridad → Contraseñas de aplicación. Deja vacía la URL del servicio para bsky.social; indica tu PDS si alojas el tuyo.</translation>
    </message>
    <message>
        <source>&amp;Instance URL:</source>
        <translation>URL de la &amp;instancia:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Token de a&amp;cceso:</translation>
    </message>
    <message>
        <source>On your instance: Preferences → Development → New application, with the scopes write:statuses and write:media; paste its access token here.</source>
        <translation>En tu instancia: Preferencias → Desarrollo → Nueva aplicación, con los permisos write:statuses y write:media; pega aquí su token de acceso.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL del &amp;webhook:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Clave de &amp;firma:</translation>
    </message>
    <message>
        <source>In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>En Discord: Ajustes del servidor → Integraciones → Webhooks → Nuevo webhook → Copiar URL del webhook. Quien tenga la URL puede publicar, así que se guarda en el llavero.</translation>
    </message>
    <message>
        <source>In Slack: create an app with Incoming Webhooks and add one to the channel. Whoever has the URL can post, so it is kept in the keychain.</source>
        <translation>En Slack: crea una aplicación con «Incoming Webhooks» y añade uno al canal. Quien tenga la URL puede publicar, así que se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Enter the Bluesky handle, like yourname.bsky.social.</source>
        <translation>Escribe el usuario de Bluesky, como tunombre.bsky.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.</source>
        <translation>«%1» no es una URL de servicio; déjala vacía para bsky.social o indica una como https://pds.example.com.</translation>
    </message>
    <message>
        <source>Enter an app password for %1.</source>
        <translation>Escribe una contraseña de aplicación para %1.</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Escribe la URL de la instancia, como https://mastodon.social.</translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s URL, starting with https://.</source>
        <translation>Escribe la URL del webhook, que empiece por https://.</translation>
    </message>
    <message>
        <source>Enter the access token of the application you made on %1.</source>
        <translation>Escribe el token de acceso de la aplicación que creaste en %1.</translation>
    </message>
    <message>
        <source>Paste the incoming webhook&apos;s URL, starting with https://.</source>
        <translation>Pega la URL del webhook entrante, que empiece por https://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>%1 was saved, but its secret was not stored: %2</source>
        <translation>%1 se guardó, pero su secreto no: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardada.</translation>
    </message>
    <message>
        <source>Added %1 (ID %2). Posts to it are published at their time.</source>
        <translation>%1 añadida (ID %2). Sus publicaciones salen a su hora.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Stop publishing to the selected account and forget its password</source>
        <translation>Dejar de publicar en la cuenta seleccionada y olvidar su contraseña</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 from Almanac?</source>
        <translation>¿Quitar %1 de Almanac?</translation>
    </message>
    <message>
        <source>Almanac stops publishing to it and its password leaves the keychain. Posts already published there keep it in their history; adding it again later brings it back.</source>
        <translation>Almanac deja de publicar en ella y su contraseña sale del llavero. Las publicaciones ya publicadas allí la conservan en su historial; añadirla de nuevo más adelante la recupera.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Quita&amp;r</translation>
    </message>
    <message>
        <source>Removed %1, but its password is still in the keychain: %2</source>
        <translation>%1 quitada, pero su contraseña sigue en el llavero: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitada.</translation>
    </message>
    <message>
        <source>%1 was saved, but its URL was not stored: %2</source>
        <translation>%1 se guardó, pero su URL no: %2</translation>
    </message>
    <message>
        <source>Its posts go out unsigned until you give it a signing secret.</source>
        <translation>Sus publicaciones salen sin firmar hasta que le des una clave de firma.</translation>
    </message>
    <message>
        <source>optional; without one, unsigned</source>
        <translation>opcional; sin ella, sin firmar</translation>
    </message>
    <message>
        <source>Almanac sends each post to this address as JSON. With a signing secret, every request is signed (the Standard Webhooks way) so your receiver can check that it came from Almanac and is not an old one sent again; without one, anyone who learns the address can post as Almanac. The address and the secret are kept in the system keychain.</source>
        <translation>Almanac envía cada publicación a esta dirección en JSON. Con una clave de firma, cada solicitud va firmada (al modo de Standard Webhooks) para que tu receptor compruebe que viene de Almanac y no es una antigua enviada de nuevo; sin ella, cualquiera que conozca la dirección puede publicar como Almanac. La dirección y la clave se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Add a %1 account that Almanac publishes to itself</source>
        <translation>Añadir una cuenta de %1 en la que Almanac publica por sí mismo</translation>
    </message>
    <message>
        <source>X, Instagram, LinkedIn, TikTok and the rest go through a hosted scheduler (OpenPost, PostEverywhere or bundle.social): &lt;a href=&quot;#hosted&quot;&gt;set one up&lt;/a&gt;.</source>
        <translation>X, Instagram, LinkedIn, TikTok y los demás pasan por un programador alojado (OpenPost, PostEverywhere o bundle.social): &lt;a href=&quot;#hosted&quot;&gt;configurar uno&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 was saved, but its server&apos;s limits were not: %2</source>
        <translation>%1 se guardó, pero los límites de su servidor no: %2</translation>
    </message>
    <message numerus="yes">
        <source>Its server takes up to %Ln characters per post; Almanac counts by that.</source>
        <translation>
            <numerusform>Su servidor admite hasta %Ln carácter por publicación; Almanac cuenta según eso.</numerusform>
            <numerusform>Su servidor admite hasta %Ln caracteres por publicación; Almanac cuenta según eso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Límites:</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own until the instance is read (on saving or Test Connection): %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Los de Mastodon, hasta que se lea la instancia (al guardar o con «Probar conexión»): %1 caracteres por publicación, un enlace cuenta %2, %3 imágenes o vídeos.</translation>
    </message>
    <message>
        <source>As the instance says: %1 characters a post, a link counting %2, %3 pictures or videos.</source>
        <translation>Según la instancia: %1 caracteres por publicación, un enlace cuenta %2, %3 imágenes o vídeos.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (a través de %2)</translation>
    </message>
    <message>
        <source>%1 publishes to this account for Almanac: change it in Hosted Schedulers.</source>
        <translation>%1 publica en esta cuenta para Almanac: cámbiela en Programadores alojados.</translation>
    </message>
    <message>
        <source>Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs (Settings, Publishing). Passwords and tokens go into the system keychain, never into Almanac&apos;s files.</source>
        <translation>Almanac publica en estas cuentas por sí mismo, en el minuto programado, mientras la ventana o almanacd están en marcha (Ajustes, Publicación). Las contraseñas y los tokens van al llavero del sistema, nunca a los archivos de Almanac.</translation>
    </message>
    <message>
        <source>empty: the system keychain keeps what it has</source>
        <translation>vacío: el llavero del sistema conserva lo que tiene</translation>
    </message>
</context>
<context>
    <name>Almanac::AlmanacdAtLogin</name>
    <message>
        <source>This computer does not start programs through systemd (there is no systemctl).</source>
        <translation>Este ordenador no inicia los programas con systemd (no hay systemctl).</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl no respondió en %n segundo.</numerusform>
            <numerusform>systemctl no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>No se pudo iniciar systemctl: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>almanacd is not beside Almanac (looked for %1): reinstall Almanac to publish while the window is closed.</source>
        <translation>almanacd no está junto a Almanac (se buscó %1): reinstale Almanac para publicar con la ventana cerrada.</translation>
    </message>
    <message>
        <source>The store&apos;s path %1 holds a control character, which systemd cannot pass on to almanacd. Move the store to a folder with a plain name.</source>
        <translation>La ruta de los datos %1 contiene un carácter de control, que systemd no puede pasar a almanacd. Mueva los datos a una carpeta con un nombre sencillo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not turn on publishing while the window is closed</source>
        <translation>No se pudo activar la publicación con la ventana cerrada</translation>
    </message>
    <message>
        <source>almanacd now publishes while the window is closed, and starts when you log in.</source>
        <translation>almanacd ahora publica con la ventana cerrada y se inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not turn off publishing while the window is closed</source>
        <translation>No se pudo desactivar la publicación con la ventana cerrada</translation>
    </message>
    <message>
        <source>almanacd has stopped: posts are published only while the window is open.</source>
        <translation>almanacd se ha detenido: las publicaciones solo salen mientras la ventana está abierta.</translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation>systemctl se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>almanacd already starts at login, set up by %1, which may publish another store.</source>
        <translation>almanacd ya se inicia al iniciar sesión, configurado por %1, que quizá publique otros datos.</translation>
    </message>
    <message>
        <source>Almanac is installed in a folder whose name systemd cannot run a program from (%1: a quote, a backslash, a $ or a control character). Install it in a folder with a plain name.</source>
        <translation>Almanac está instalado en una carpeta desde la que systemd no puede ejecutar programas por su nombre (%1: unas comillas, una barra invertida, un $ o un carácter de control). Instálelo en una carpeta con un nombre sencillo.</translation>
    </message>
    <message>
        <source>%1 is a unit of your own, so Almanac leaves it alone: start almanacd from it, or remove it and turn this on again.</source>
        <translation>%1 es una unidad suya, así que Almanac no la toca: inicie almanacd con ella, o elimínela y vuelva a activar esto.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>almanacd starts at login now, but it did not start</source>
        <translation>almanacd ahora se inicia al iniciar sesión, pero no se ha iniciado</translation>
    </message>
    <message>
        <source>almanacd still starts at login, set up by %1</source>
        <translation>almanacd sigue iniciándose al iniciar sesión, configurado por %1</translation>
    </message>
    <message>
        <source>almanacd is not running (systemd says: %1)</source>
        <translation>almanacd no está en marcha (systemd indica: %1)</translation>
    </message>
    <message>
        <source>systemd does not read units from %1</source>
        <translation>systemd no lee unidades de %1</translation>
    </message>
    <message>
        <source>systemd runs almanacd as %1 says</source>
        <translation>systemd ejecuta almanacd como indica %1</translation>
    </message>
    <message>
        <source>systemd says: %1</source>
        <translation>systemd indica: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::BackgroundPublishingRow</name>
    <message>
        <source>Publishing while the window is closed: finding out…</source>
        <translation>Publicación con la ventana cerrada: comprobando…</translation>
    </message>
    <message>
        <source>Tu&amp;rn On</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;. almanacd runs in the background and starts when you log in.</source>
        <translation>Publicación con la ventana cerrada: &lt;b&gt;activada&lt;/b&gt;. almanacd se ejecuta en segundo plano y se inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>Tu&amp;rn Off</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;off&lt;/b&gt;. A post due while the window is closed goes out when you open it, if it is not later than the limit below.</source>
        <translation>Publicación con la ventana cerrada: &lt;b&gt;desactivada&lt;/b&gt;. Una publicación pendiente mientras la ventana está cerrada sale al abrirla, si no lleva más retraso que el límite de abajo.</translation>
    </message>
    <message>
        <source>Turning off publishing while the window is closed…</source>
        <translation>Desactivando la publicación con la ventana cerrada…</translation>
    </message>
    <message>
        <source>Turning on publishing while the window is closed…</source>
        <translation>Activando la publicación con la ventana cerrada…</translation>
    </message>
    <message>
        <source>At once, not on OK: almanacd publishes due posts to your Bluesky, Mastodon and webhook accounts, and syncs with your hosted schedulers, while this window is closed. It starts when you log in.</source>
        <translation>Al momento, no al pulsar Aceptar: almanacd publica las publicaciones pendientes en sus cuentas de Bluesky, Mastodon y webhook, y sincroniza con sus programadores alojados, mientras esta ventana está cerrada. Se inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: &lt;b&gt;on&lt;/b&gt;, but %1: it starts at your next login, or turn it off and on again to start it now.</source>
        <translation>Publicación con la ventana cerrada: &lt;b&gt;activada&lt;/b&gt;, pero %1: se iniciará al próximo inicio de sesión, o desactívela y vuelva a activarla para iniciarla ahora.</translation>
    </message>
    <message>
        <source>Publishing while the window is closed cannot be set up from here (%1). To have it, have this run when you log in: %2</source>
        <translation>La publicación con la ventana cerrada no se puede configurar desde aquí (%1). Para tenerla, haga que esto se ejecute al iniciar sesión: %2</translation>
    </message>
    <message>
        <source>Publishing while the window is closed: finishing the change you asked for before…</source>
        <translation>Publicación con la ventana cerrada: terminando el cambio que pediste antes…</translation>
    </message>
</context>
<context>
    <name>Almanac::BackupActions</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Save every post, account and import into one file</source>
        <translation>Guardar todas las publicaciones, cuentas e importaciones en un solo archivo</translation>
    </message>
    <message>
        <source>Replace the store with a backup (the current store is kept in the backups folder)</source>
        <translation>Sustituir los datos por una copia de seguridad (los datos actuales se guardan en la carpeta de copias)</translation>
    </message>
    <message>
        <source>Almanac backup %1.sqlite</source>
        <translation>Copia de Almanac %1.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>Almanac backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de Almanac (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Copiando en %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>Replace everything in Almanac with this backup?</source>
        <translation>¿Sustituir todo lo de Almanac por esta copia de seguridad?</translation>
    </message>
    <message>
        <source>%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>%1 contiene %2 y %3. Los datos tal como están ahora se guardan antes en la carpeta de copias, así que puedes deshacerlo restaurando esa copia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publicación</numerusform>
            <numerusform>%Ln publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>Restored %1. The store as it was is kept in %2.</source>
        <translation>%1 restaurada. Los datos anteriores se guardan en %2.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>La copia de seguridad automática de hoy ha fallado: %1</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
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
        <translation>No se puede programar una publicación para el %1: solo se puede programar con %2 días de antelación como máximo.</translation>
    </message>
    <message>
        <source>Cannot schedule a post at %1: that time has passed. Choose a later day or time.</source>
        <translation>No se puede programar una publicación para el %1: esa hora ya pasó. Elige un día u hora posteriores.</translation>
    </message>
    <message>
        <source>A post that is published or being published cannot be moved: copy it instead (Ctrl+D, or hold Ctrl while dragging).</source>
        <translation>Una publicación publicada o que se está publicando no se puede mover: cópiala en su lugar (Ctrl+D, o mantén Ctrl al arrastrar).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published post(s) stayed where they went out; the others moved.</source>
        <translation>
            <numerusform>%Ln publicación publicada se quedó donde salió; las demás se movieron.</numerusform>
            <numerusform>%Ln publicaciones publicadas se quedaron donde salieron; las demás se movieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ComposerDialog</name>
    <message>
        <source>&amp;No date yet</source>
        <translation>&amp;Sin fecha aún</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>Publicar a&amp;hora</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation>Cuentas en las que publicar</translation>
    </message>
    <message>
        <source>Text for every platform</source>
        <translation>Texto para todas las plataformas</translation>
    </message>
    <message>
        <source>What do you want to say? Each platform&apos;s tab can have a text of its own.</source>
        <translation>¿Qué quieres decir? Cada pestaña de plataforma puede tener su propio texto.</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>launch, q3</source>
        <translation>lanzamiento, T3</translation>
    </message>
    <message>
        <source>Keep the draft without a date: it waits in the Unscheduled Drafts panel until you drag it onto a day.</source>
        <translation>Guardar el borrador sin fecha: espera en el panel Borradores sin programar hasta que lo arrastres a un día.</translation>
    </message>
    <message>
        <source>Post &amp;type:</source>
        <translation>&amp;Tipo de publicación:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>&amp;Medios:</translation>
    </message>
    <message>
        <source>Queue the post to be published right away</source>
        <translation>Poner la publicación en cola para publicarla enseguida</translation>
    </message>
    <message>
        <source>Keep this post and start a copy of it</source>
        <translation>Conservar esta publicación y empezar una copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>P&amp;ost to:</source>
        <translation>Publicar e&amp;n:</translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation>Editar publicación</translation>
    </message>
    <message>
        <source>Choose a date to schedule the post</source>
        <translation>Elige una fecha para programar la publicación</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.</source>
        <translation>%1 no existe el %2 en %3: se adelantan los relojes. La publicación saldrá a las %4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>La hora</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Cuentas:</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>El texto</translation>
    </message>
    <message>
        <source>The post type:</source>
        <translation>El tipo de publicación:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>No se puede guardar la publicación</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation>Programada para %1 (%2).</translation>
    </message>
    <message>
        <source>Queued to publish now.</source>
        <translation>En cola para publicarse ahora.</translation>
    </message>
    <message>
        <source>New Post (Copy)</source>
        <translation>Nueva publicación (copia)</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>No se puede eliminar la publicación</translation>
    </message>
    <message>
        <source>Post deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Publicación eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Published Post</source>
        <translation>Publicación publicada</translation>
    </message>
    <message>
        <source>Post Going Out</source>
        <translation>Publicación en curso</translation>
    </message>
    <message>
        <source>Dupli&amp;cate as New Post</source>
        <translation>Duplicar como publicación nue&amp;va</translation>
    </message>
    <message>
        <source>Keep This Post?</source>
        <translation>¿Conservar esta publicación?</translation>
    </message>
    <message>
        <source>You changed this post. Save the changes as a draft before closing?</source>
        <translation>Has cambiado esta publicación. ¿Guardar los cambios como borrador antes de cerrar?</translation>
    </message>
    <message>
        <source>This post is not saved yet. Save it as a draft before closing?</source>
        <translation>Esta publicación aún no está guardada. ¿Guardarla como borrador antes de cerrar?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Conectar una cuenta…</translation>
    </message>
    <message>
        <source>No account is connected yet: connect one to post to.</source>
        <translation>Todavía no hay ninguna cuenta conectada: conecta una para publicar en ella.</translation>
    </message>
    <message>
        <source>Schedule the post for its time (Ctrl+Enter)</source>
        <translation>Programar la publicación para su hora (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>%1 %2/%3 · %4/%5 bytes</source>
        <translation>%1 %2/%3 · %4/%5 bytes</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s usual limit; an instance may allow more or less. Almanac reads your instance&apos;s own when the account is saved or tested in Publishing Accounts.</source>
        <translation>%1 es el límite habitual de %2; una instancia puede permitir más o menos. Almanac lee el de su instancia cuando la cuenta se guarda o se prueba en Cuentas de publicación.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Each platform counts in its own way: X counts a link as 23 and most emoji as 2; Mastodon counts a link as 23 and a mention of another server&apos;s account by its name alone; Bluesky counts what you see and caps the bytes too.</source>
        <translation>Cada plataforma cuenta a su manera: X cuenta un enlace como 23 y la mayoría de los emoji como 2; Mastodon cuenta un enlace como 23 y la mención de una cuenta de otro servidor solo por su nombre; Bluesky cuenta lo que usted ve y además limita los bytes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>You changed this scheduled post. Save the changes? It stays scheduled for %1.</source>
        <translation>Has cambiado esta publicación programada. ¿Guardar los cambios? Sigue programada para el %1.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>You changed this scheduled post, and as it is now it cannot go out (the composer says why). Saved as a draft, it comes off the schedule and is not published.</source>
        <translation>Has cambiado esta publicación programada y, tal como está, no puede salir (el editor dice por qué). Guardada como borrador, sale de la programación y no se publica.</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>Dis&amp;card Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Post deleted from Almanac; where it was published, it stays up: delete it there too if it should go. Undo (Ctrl+Z) brings it back here.</source>
        <translation>Publicación eliminada de Almanac; donde se publicó, sigue en línea: elimínala también allí si debe desaparecer. Deshacer (Ctrl+Z) la recupera aquí.</translation>
    </message>
</context>
<context>
    <name>Almanac::ConfirmPage</name>
    <message>
        <source>Confirm the Import</source>
        <translation>Confirmar la importación</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 from &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a %2 desde &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publicación</numerusform>
            <numerusform>%Ln publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2).</source>
        <translation>El %1 (%2).</translation>
    </message>
    <message>
        <source>Between %1 and %2 (%3).</source>
        <translation>Entre el %1 y el %2 (%3).</translation>
    </message>
    <message>
        <source>%1 scheduled · %2 drafts</source>
        <translation>%1 programadas · %2 borradores</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Per platform: %1</source>
        <translation>Por plataforma: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) excluded: recorded in the import history, not imported.</source>
        <translation>
            <numerusform>%Ln fila excluida: registrada en el historial de importaciones, no importada.</numerusform>
            <numerusform>%Ln filas excluidas: registradas en el historial de importaciones, no importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Post(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln publicación</numerusform>
            <numerusform>&amp;Importar %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>La importación se detuvo; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) have errors now. Did the file or the accounts change since the rows were checked? Go back to check them again.</source>
        <translation>
            <numerusform>No se importó nada: %Ln fila tiene errores ahora. ¿Cambiaron el archivo o las cuentas desde que se comprobaron las filas? Vuelve atrás para comprobarla de nuevo.</numerusform>
            <numerusform>No se importó nada: %Ln filas tienen errores ahora. ¿Cambiaron el archivo o las cuentas desde que se comprobaron las filas? Vuelve atrás para comprobarlas de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Every post is added to the calendar, or none is: an import is never left half done.</source>
        <translation>Todas las publicaciones se añaden al calendario, o ninguna: una importación nunca queda a medias.</translation>
    </message>
</context>
<context>
    <name>Almanac::DeliveryStatus</name>
    <message>
        <source>✓ Published to %1.</source>
        <translation>✓ Publicada en %1.</translation>
    </message>
    <message>
        <source>✓ Published to %1: &lt;a href=&quot;%2&quot;&gt;see the post&lt;/a&gt;.</source>
        <translation>✓ Publicada en %1: &lt;a href=&quot;%2&quot;&gt;ver la publicación&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>… Going out to %1 now.</source>
        <translation>… Publicándose ahora en %1.</translation>
    </message>
    <message>
        <source>? Not known whether it reached %1: %2 Check the account, then: &lt;a href=&quot;%3&quot;&gt;It Went Out&lt;/a&gt; or &lt;a href=&quot;%4&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>? No se sabe si llegó a %1: %2 Revise la cuenta y luego: &lt;a href=&quot;%3&quot;&gt;Sí se publicó&lt;/a&gt; o &lt;a href=&quot;%4&quot;&gt;Enviarla de nuevo&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✗ Not published to %1: %2 &lt;a href=&quot;%3&quot;&gt;Send It Again&lt;/a&gt;.</source>
        <translation>✗ No publicada en %1: %2 &lt;a href=&quot;%3&quot;&gt;Enviarla de nuevo&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Almanac::EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>launch, #q3</source>
        <translation>lanzamiento, #t3</translation>
    </message>
    <message numerus="yes">
        <source>Change the tags of %Ln selected post(s). Separate tags with commas or spaces.</source>
        <translation>
            <numerusform>Cambiar las etiquetas de %Ln publicación seleccionada. Separa las etiquetas con comas o espacios.</numerusform>
            <numerusform>Cambiar las etiquetas de %Ln publicaciones seleccionadas. Separa las etiquetas con comas o espacios.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Añadir:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Quitar:</translation>
    </message>
    <message>
        <source>Click a tag to add it.</source>
        <translation>Haz clic en una etiqueta para añadirla.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
</context>
<context>
    <name>Almanac::ExportDialog</name>
    <message>
        <source>&amp;Team ID:</source>
        <translation>ID de &amp;equipo:</translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation>&amp;Días del</translation>
    </message>
    <message>
        <source>Export Posts</source>
        <translation>Exportar publicaciones</translation>
    </message>
    <message>
        <source>OpenPost CSV</source>
        <translation>CSV de OpenPost</translation>
    </message>
    <message>
        <source>bundle.social CSV</source>
        <translation>CSV de bundle.social</translation>
    </message>
    <message>
        <source>JSON (everything)</source>
        <translation>JSON (todo)</translation>
    </message>
    <message>
        <source>iCalendar (for calendar apps)</source>
        <translation>iCalendar (para aplicaciones de calendario)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>bundle.social team ID</source>
        <translation>ID de equipo de bundle.social</translation>
    </message>
    <message>
        <source>from bundle.social&apos;s team settings</source>
        <translation>de los ajustes de equipo de bundle.social</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All posts (%Ln)</source>
        <translation>
            <numerusform>&amp;Todas las publicaciones (%Ln)</numerusform>
            <numerusform>&amp;Todas las publicaciones (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected posts (%Ln)</source>
        <translation>
            <numerusform>Publicaciones &amp;seleccionadas (%Ln)</numerusform>
            <numerusform>Publicaciones &amp;seleccionadas (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>through</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>A spreadsheet in OpenPost&apos;s columns that Almanac and OpenPost read back. Alt text and media meant for one platform only are not carried.</source>
        <translation>Una hoja de cálculo con las columnas de OpenPost, que Almanac y OpenPost vuelven a leer. No se incluyen los textos alternativos ni los medios destinados a una sola plataforma.</translation>
    </message>
    <message>
        <source>A spreadsheet in bundle.social&apos;s columns, ready for its CSV import. Tags, alt text and post types are not carried.</source>
        <translation>Una hoja de cálculo con las columnas de bundle.social, lista para su importación CSV. No se incluyen etiquetas, textos alternativos ni tipos de publicación.</translation>
    </message>
    <message>
        <source>Every field of every post, for another Almanac or your own scripts; Almanac imports it back whole.</source>
        <translation>Todos los campos de todas las publicaciones, para otro Almanac o tus propios scripts; Almanac lo vuelve a importar completo.</translation>
    </message>
    <message>
        <source>One event per dated post in UTC, for Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.</source>
        <translation>Un evento por publicación con fecha, en UTC, para Google Calendar, Outlook o Calendario de Apple. Exportar de nuevo actualiza los mismos eventos.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Almanac posts %1</source>
        <translation>Publicaciones de Almanac %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln post(s) to %1.</source>
        <translation>
            <numerusform>%Ln publicación exportada a %1.</numerusform>
            <numerusform>%Ln publicaciones exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::FailedPanel</name>
    <message>
        <source>&amp;Retry Selected</source>
        <translation>&amp;Reintentar la selección</translation>
    </message>
    <message>
        <source>Retry All in &amp;Range…</source>
        <translation>Reintentar todo el &amp;periodo…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed. Select one to see why; double-click to open the post.</source>
        <translation>
            <numerusform>%Ln destino ha fallado. Selecciónalo para ver por qué; doble clic abre la publicación.</numerusform>
            <numerusform>%Ln destinos han fallado. Selecciona uno para ver por qué; doble clic abre la publicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has failed.</source>
        <translation>No ha fallado nada.</translation>
    </message>
    <message>
        <source>Retry Failed Posts</source>
        <translation>Reintentar publicaciones fallidas</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Queue again every destination that failed between these days (inclusive).</source>
        <translation>Volver a poner en cola cada destino que falló entre estos días (incluidos).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>It &amp;Went Out</source>
        <translation>Sí se &amp;publicó</translation>
    </message>
    <message>
        <source>For an unconfirmed post: you checked the account, and the post is there</source>
        <translation>Para una publicación sin confirmar: revisaste la cuenta y la publicación está ahí</translation>
    </message>
</context>
<context>
    <name>Almanac::FailedTargetsModel</name>
    <message numerus="yes">
        <source>%1
(%n attempt(s))</source>
        <translation>
            <numerusform>%1
(%n intento)</numerusform>
            <numerusform>%1
(%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Motivo del fallo</translation>
    </message>
</context>
<context>
    <name>Almanac::FilePage</name>
    <message>
        <source>Choose a CSV File</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>A content plan in the OpenPost or the bundle.social format: one row per post.</source>
        <translation>Un plan de contenidos en el formato de OpenPost o de bundle.social: una fila por publicación.</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>Suelta aquí un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::FilterPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check tags to show only posts with one of them.</source>
        <translation>Marca etiquetas para mostrar solo las publicaciones que tengan alguna de ellas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · provider: %2</source>
        <translation>%1 · proveedor: %2</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>No hay cuentas conectadas</translation>
    </message>
    <message>
        <source>No tags in view</source>
        <translation>No hay etiquetas en la vista</translation>
    </message>
</context>
<context>
    <name>Almanac::HttpClient</name>
    <message>
        <source>The address is not a web address; expected one like https://example.com.</source>
        <translation>La dirección no es una dirección web; se espera una como https://example.com.</translation>
    </message>
    <message>
        <source>%1 did not give a whole answer within %2 seconds.</source>
        <translation>%1 no dio una respuesta completa en %2 segundos.</translation>
    </message>
    <message>
        <source>The host %1 could not be found: %2.</source>
        <translation>No se encontró el servidor %1: %2.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes; Almanac stopped reading.</source>
        <translation>%1 respondió con más de %2 bytes; Almanac dejó de leer.</translation>
    </message>
    <message>
        <source>%1 announced an answer of %2 bytes; Almanac takes at most %3.</source>
        <translation>%1 anunció una respuesta de %2 bytes; Almanac admite como máximo %3.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds (the request timed out).</source>
        <translation>%1 no envió nada durante %2 segundos (se agotó el tiempo de la solicitud).</translation>
    </message>
    <message>
        <source>No answer from %1: %2.</source>
        <translation>No hubo respuesta de %1: %2.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 redirigió la solicitud más de %2 veces.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address that is not a web address.</source>
        <translation>%1 redirigió la solicitud a una dirección que no es una dirección web.</translation>
    </message>
    <message>
        <source>%1 redirected the request from https to plain http at %2; Almanac does not follow that.</source>
        <translation>%1 redirigió la solicitud de https a http simple en %2; Almanac no sigue esa redirección.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Almanac never sends your key or password to another host. If the service moved, change the account&apos;s address.</source>
        <translation>%1 redirigió la solicitud a %2; Almanac nunca envía tu clave o tu contraseña a otro servidor. Si el servicio se ha trasladado, cambia la dirección de la cuenta.</translation>
    </message>
    <message>
        <source>%1 redirected the request to an address with a user name or password.</source>
        <translation>%1 redirigió la solicitud a una dirección con nombre de usuario o contraseña.</translation>
    </message>
    <message>
        <source>%1 redirected an upload to %2; Almanac does not send it again there.</source>
        <translation>%1 redirigió una subida a %2; Almanac no la vuelve a enviar allí.</translation>
    </message>
    <message>
        <source>%1 moved the address (HTTP %2); change the account&apos;s address to where it moved.</source>
        <translation>%1 ha trasladado la dirección (HTTP %2); cambia la dirección de la cuenta por la nueva.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Rechazado: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 resolves to %2.</source>
        <translation>Rechazado: %1 apunta a %2.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut short: %2.</source>
        <translation>La respuesta de %1 se cortó antes de tiempo: %2.</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportFlows</name>
    <message>
        <source>Import JSON Export</source>
        <translation>Importar exportación JSON</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1.</source>
        <translation>
            <numerusform>No se importó nada: %Ln problema en %1.</numerusform>
            <numerusform>No se importó nada: %Ln problemas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln post(s).</source>
        <translation>
            <numerusform>%Ln publicación importada.</numerusform>
            <numerusform>%Ln publicaciones importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %Ln post(s) removed.</source>
        <translation>
            <numerusform>Importación deshecha: %Ln publicación eliminada.</numerusform>
            <numerusform>Importación deshecha: %Ln publicaciones eliminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>&amp;Export Row Report…</source>
        <translation>&amp;Exportar informe de filas…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Remove the posts this import created? Posts you made or changed since are not touched; the history keeps its rows.</source>
        <translation>¿Eliminar las publicaciones que creó esta importación? Las que hayas creado o cambiado desde entonces no se tocan; el historial conserva sus filas.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Export Row Report</source>
        <translation>Exportar informe de filas</translation>
    </message>
    <message>
        <source>%1 rows.csv</source>
        <translation>%1 filas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>El informe no se guardó: %1</translation>
    </message>
    <message>
        <source>Show &amp;details: each post&apos;s ID and the row as stored</source>
        <translation>Mostrar &amp;detalles: el ID de cada publicación y la fila tal como se guardó</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportPreviewModel</name>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Clear to leave this row out of the import (it is recorded as excluded).</source>
        <translation>Desmarca para dejar esta fila fuera de la importación (se registra como excluida).</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errores y avisos</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportRowsModel</name>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Skipped (invalid)</source>
        <translation>Omitida (no válida)</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>ID de la publicación</translation>
    </message>
    <message>
        <source>Row as stored</source>
        <translation>Fila tal como se guardó</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Left out in the preview</source>
        <translation>Dejada fuera en la vista previa</translation>
    </message>
</context>
<context>
    <name>Almanac::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Discard Your Fixes?</source>
        <translation>¿Descartar tus correcciones?</translation>
    </message>
    <message>
        <source>You fixed or left out rows of %1. Closing now loses those changes; the file itself is not changed.</source>
        <translation>Corregiste u omitiste filas de %1. Si cierras ahora, esos cambios se pierden; el archivo en sí no cambia.</translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation>&amp;Descartar correcciones</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>Almanac::JsonImportDialog</name>
    <message>
        <source>Import JSON Export</source>
        <translation>Importar exportación JSON</translation>
    </message>
    <message numerus="yes">
        <source>Add the %Ln post(s) in %1 to the calendar?</source>
        <translation>
            <numerusform>¿Añadir al calendario la %Ln publicación de %1?</numerusform>
            <numerusform>¿Añadir al calendario las %Ln publicaciones de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>They become one import, which Import History can undo.</source>
        <translation>Forman una sola importación, que el historial de importaciones puede deshacer.</translation>
    </message>
    <message>
        <source>These posts would upload files from this computer. A plan from someone else can name any file, so check each one you expect to be published:</source>
        <translation>Estas publicaciones subirían archivos de este ordenador. Un plan de otra persona puede indicar cualquier archivo, así que marca cada uno que esperes que se publique:</translation>
    </message>
    <message>
        <source>Files from this computer</source>
        <translation>Archivos de este ordenador</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Check every file to import the posts, or Cancel to import nothing.</source>
        <translation>Marca cada archivo para importar las publicaciones, o Cancela para no importar nada.</translation>
    </message>
</context>
<context>
    <name>Almanac::LocalScheduler</name>
    <message>
        <source>Published %1.</source>
        <translation>%1 publicada.</translation>
    </message>
    <message>
        <source>Will try %1 again: %2</source>
        <translation>Se volverá a intentar %1: %2</translation>
    </message>
    <message>
        <source>Missed %1.</source>
        <translation>%1 perdida.</translation>
    </message>
    <message>
        <source>Could not publish %1: %2</source>
        <translation>No se pudo publicar %1: %2</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>«%1» a %2</translation>
    </message>
    <message>
        <source>Missed: it was due %1 (%2 minutes before Almanac could publish it). Retry it to publish it now.</source>
        <translation>Perdida: tocaba el %1 (%2 minutos antes de que Almanac pudiera publicarla). Reinténtala para publicarla ahora.</translation>
    </message>
    <message>
        <source>Almanac cannot publish to %1 itself yet.</source>
        <translation>Almanac todavía no puede publicar por sí mismo en %1.</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (abandonada tras %2 intentos)</translation>
    </message>
    <message>
        <source>Not sure %1 went out: %2</source>
        <translation>No se sabe si %1 se publicó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set aside: publishing it crashed or ran out of time %n time(s) in a row. Retry it once the account works again.</source>
        <translation>
            <numerusform>Apartada: al publicarla, falló o tardó demasiado %n vez seguida. Vuelve a intentarlo cuando la cuenta funcione de nuevo.</numerusform>
            <numerusform>Apartada: al publicarla, falló o tardó demasiado %n veces seguidas. Vuelve a intentarlo cuando la cuenta funcione de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not finish within %n minute(s); the account may be slow or stuck.</source>
        <translation>
            <numerusform>No terminó en %n minuto; puede que la cuenta vaya lenta o esté atascada.</numerusform>
            <numerusform>No terminó en %n minutos; puede que la cuenta vaya lenta o esté atascada.</numerusform>
        </translation>
    </message>
    <message>
        <source>--lease-seconds &quot;%1&quot; is not a number of seconds from 1 to 86400 (a day)</source>
        <translation>--lease-seconds «%1» no es un número de segundos entre 1 y 86400 (un día)</translation>
    </message>
</context>
<context>
    <name>Almanac::MainStatusBar</name>
    <message>
        <source>The time zone times are shown and entered in. Click to change it.</source>
        <translation>La zona horaria en la que se muestran e introducen las horas. Haz clic para cambiarla.</translation>
    </message>
    <message>
        <source>Sync starting…</source>
        <translation>Empezando a sincronizar…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %Ln to sync</source>
        <translation>
            <numerusform>Sin conexión · %Ln por sincronizar</numerusform>
            <numerusform>Sin conexión · %Ln por sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing · %Ln to go</source>
        <translation>
            <numerusform>Sincronizando · faltan %Ln</numerusform>
            <numerusform>Sincronizando · faltan %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to sync</source>
        <translation>
            <numerusform>%Ln por sincronizar</numerusform>
            <numerusform>%Ln por sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Haz clic para sincronizar ahora.</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Show and enter times in this time zone:</source>
        <translation>Mostrar e introducir las horas en esta zona horaria:</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Nueva publicación…</translation>
    </message>
    <message>
        <source>Write a new post (%1)</source>
        <translation>Escribir una publicación nueva (%1)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Check a CSV file of posts and add them to the calendar</source>
        <translation>Comprobar un archivo CSV de publicaciones y añadirlas al calendario</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>Past imports, their rows, and Undo Import</source>
        <translation>Importaciones anteriores, sus filas y Deshacer importación</translation>
    </message>
    <message>
        <source>Import &amp;JSON Export…</source>
        <translation>Importar exportación &amp;JSON…</translation>
    </message>
    <message>
        <source>Add the posts of an Almanac JSON export</source>
        <translation>Añadir las publicaciones de una exportación JSON de Almanac</translation>
    </message>
    <message>
        <source>Import JSON Export</source>
        <translation>Importar exportación JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save posts as CSV, JSON or a calendar file</source>
        <translation>Guardar publicaciones como CSV, JSON o archivo de calendario</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet.</source>
        <translation>Para sincronizar hace falta un programador alojado (OpenPost, PostEverywhere o bundle.social); aún no hay ninguno configurado.</translation>
    </message>
    <message>
        <source>Hos&amp;ted Schedulers…</source>
        <translation>Pro&amp;gramadores alojados…</translation>
    </message>
    <message>
        <source>Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to</source>
        <translation>Cuentas en OpenPost, PostEverywhere o bundle.social con las que sincronizar las publicaciones</translation>
    </message>
    <message>
        <source>&amp;Publishing Accounts…</source>
        <translation>Cuentas de &amp;publicación…</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself</source>
        <translation>Cuentas de Bluesky, Mastodon, webhook, Discord y Slack en las que Almanac publica por sí mismo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Open Post</source>
        <translation>&amp;Abrir publicación</translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation>&amp;Mover a una fecha…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Editar e&amp;tiquetas…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Periodo &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Periodo siguie&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Apa&amp;riencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Almanac</source>
        <translation>&amp;Acerca de Almanac</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Search text or #tag</source>
        <translation>Buscar texto o #etiqueta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Unscheduled Drafts</source>
        <translation>Borradores sin programar</translation>
    </message>
    <message>
        <source>&amp;Unscheduled Drafts</source>
        <translation>&amp;Borradores sin programar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed destination(s) queued again.</source>
        <translation>
            <numerusform>%Ln destino fallido vuelve a estar en cola.</numerusform>
            <numerusform>%Ln destinos fallidos vuelven a estar en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In view: %Ln post(s)</source>
        <translation>
            <numerusform>En la vista: %Ln publicación</numerusform>
            <numerusform>En la vista: %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln borrador</numerusform>
            <numerusform>%Ln borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled</source>
        <translation>
            <numerusform>%Ln programada</numerusform>
            <numerusform>%Ln programadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hidden by filters</source>
        <translation>
            <numerusform>%Ln oculta por los filtros</numerusform>
            <numerusform>%Ln ocultas por los filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>That post is not in the store any more.</source>
        <translation>Esa publicación ya no está en los datos.</translation>
    </message>
    <message>
        <source>About Almanac</source>
        <translation>Acerca de Almanac</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;An offline-first content calendar for social media managers: plan posts for every platform, import content plans from CSV, and publish when you are back online.&lt;/p&gt;&lt;p&gt;Your posts live in one file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac %1&lt;/h3&gt;&lt;p&gt;Un calendario de contenidos pensado para funcionar sin conexión, para responsables de redes sociales: planifica publicaciones para cada plataforma, importa planes de contenidos desde CSV y publica cuando vuelvas a estar en línea.&lt;/p&gt;&lt;p&gt;Tus publicaciones están en un solo archivo en este ordenador:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Creado con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) could not be published: %1</source>
        <translation>
            <numerusform>%Ln publicación no se pudo publicar: %1</numerusform>
            <numerusform>%Ln publicaciones no se pudieron publicar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %Ln post(s).</source>
        <translation>
            <numerusform>%Ln publicación publicada.</numerusform>
            <numerusform>%Ln publicaciones publicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cannot start: %1</source>
        <translation>La sincronización no puede empezar: %1</translation>
    </message>
    <message>
        <source>Send what changed to your hosted schedulers now (F5)</source>
        <translation>Enviar ahora los cambios a tus programadores alojados (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Language, time zone, the accounts new posts go to, publishing and backups</source>
        <translation>Idioma, zona horaria, cuentas de las publicaciones nuevas, publicación y copias de seguridad</translation>
    </message>
    <message>
        <source>Almanac speaks %1 from the next start.</source>
        <translation>Almanac hablará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the list.</source>
        <translation>%1 ya no existe; se ha quitado de la lista.</translation>
    </message>
    <message>
        <source>No files imported yet</source>
        <translation>Aún no se ha importado ningún archivo</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Publishing is paused until you resume it from the tray or restart Almanac.</source>
        <translation>La publicación está en pausa hasta que la reanudes desde la bandeja del sistema o reinicies Almanac.</translation>
    </message>
    <message>
        <source>Publishing resumed.</source>
        <translation>Publicación reanudada.</translation>
    </message>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>A&amp;brir reciente</translation>
    </message>
    <message>
        <source>Dupli&amp;cate a Week Later</source>
        <translation>D&amp;uplicar una semana después</translation>
    </message>
    <message>
        <source>Fa&amp;iled Posts</source>
        <translation>Publicaciones fall&amp;idas</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln destination(s) as published.</source>
        <translation>
            <numerusform>%Ln destino marcado como publicado.</numerusform>
            <numerusform>%Ln destinos marcados como publicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Your calendar is empty. Double-click a day to write a post, connect the accounts to post to, or import a content plan from a CSV file (you can also drop the file on this window).</source>
        <translation>Tu calendario está vacío. Haz doble clic en un día para escribir una publicación, conecta las cuentas en las que publicar o importa un plan de contenidos desde un archivo CSV (también puedes soltar el archivo en esta ventana).</translation>
    </message>
    <message>
        <source>Connect an Account…</source>
        <translation>Conectar una cuenta…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Show &amp;Failed Posts</source>
        <translation>Mostrar publicaciones &amp;fallidas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>Almanac::MapPage</name>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Check what each column of the file means. Columns Almanac does not know are ignored (their values are kept in the import history).</source>
        <translation>Comprueba qué significa cada columna del archivo. Las columnas que Almanac no conoce se ignoran (sus valores se conservan en el historial de importaciones).</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Times in the file without an offset (such as 2026-05-01 09:00) are read in this zone.</source>
        <translation>Las horas del archivo sin desfase (como 2026-05-01 09:00) se leen en esta zona.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detectado:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation>Las horas sin desfase están en:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %Ln column(s)</source>
        <translation>
            <numerusform>%1, %2, %Ln columna</numerusform>
            <numerusform>%1, %2, %Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorada)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be ignored.</source>
        <translation>
            <numerusform>Se ignorará %Ln columna.</numerusform>
            <numerusform>Se ignorarán %Ln columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and what each is read as</source>
        <translation>Columnas del archivo y cómo se lee cada una</translation>
    </message>
    <message>
        <source>Day first (31/12/2027, 31.12.2027)</source>
        <translation>Día primero (31/12/2027, 31.12.2027)</translation>
    </message>
    <message>
        <source>Month first (12/31/2027)</source>
        <translation>Mes primero (12/31/2027)</translation>
    </message>
    <message>
        <source>Year first (2027/12/31)</source>
        <translation>Año primero (2027/12/31)</translation>
    </message>
    <message>
        <source>How dates such as 05/03/2027 are read: 5 March (day first) or 3 May (month first).</source>
        <translation>Cómo se leen fechas como 05/03/2027: 5 de marzo (día primero) o 3 de mayo (mes primero).</translation>
    </message>
    <message>
        <source>Dates are &amp;written:</source>
        <translation>&amp;Orden de las fechas:</translation>
    </message>
    <message>
        <source>This file writes the day first: some of its dates have a day above 12.</source>
        <translation>Este archivo escribe primero el día: algunas de sus fechas tienen un día mayor que 12.</translation>
    </message>
    <message>
        <source>This file writes the month first: some of its dates have a day above 12 in second place.</source>
        <translation>Este archivo escribe primero el mes: algunas de sus fechas tienen un día mayor que 12 en segundo lugar.</translation>
    </message>
    <message>
        <source>Reading how this file writes its dates…</source>
        <translation>Leyendo cómo escribe este archivo sus fechas…</translation>
    </message>
    <message>
        <source>Nothing in this file shows whether a date written like 05/03/2027 means 5 March or 3 May: choose how its dates are written.</source>
        <translation>Nada en este archivo indica si una fecha escrita como 05/03/2027 es el 5 de marzo o el 3 de mayo: elija cómo están escritas sus fechas.</translation>
    </message>
    <message>
        <source>Found from its dates (a day after the 12th shows the order)</source>
        <translation>Deducido de las fechas (un día después del 12 muestra el orden)</translation>
    </message>
</context>
<context>
    <name>Almanac::MediaStrip</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Quita&amp;r</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Drop image or video files here</source>
        <translation>Suelta aquí archivos de imagen o vídeo</translation>
    </message>
    <message>
        <source>Paste an image or video URL and press Enter</source>
        <translation>Pega la URL de una imagen o un vídeo y pulsa Intro</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>URL del medio</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (solo para %2)</translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation>Añadir medios</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;All files (*)</source>
        <translation>Imágenes y vídeos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov *.webm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Alt text of the selected picture</source>
        <translation>Texto alternativo de la imagen seleccionada</translation>
    </message>
    <message>
        <source>Alt text: describe the selected picture for people who cannot see it</source>
        <translation>Texto alternativo: describa la imagen seleccionada para quienes no pueden verla</translation>
    </message>
    <message>
        <source>%1 · ALT</source>
        <translation>%1 · ALT</translation>
    </message>
    <message>
        <source>No alt text yet.</source>
        <translation>Aún sin texto alternativo.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Texto alternativo: %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address: paste one such as https://example.com/photo.jpg, or add a file with Add Files.</source>
        <translation>«%1» no es una dirección web: pega una como https://example.com/photo.jpg, o añade un archivo con «Añadir archivos».</translation>
    </message>
</context>
<context>
    <name>Almanac::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>Almanac::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln más</numerusform>
            <numerusform>+%Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected, among the day&apos;s other posts: %1. Enter opens it.</source>
        <translation>Seleccionada, entre las demás publicaciones del día: %1. Intro la abre.</translation>
    </message>
</context>
<context>
    <name>Almanac::MoveTimesDialog</name>
    <message>
        <source>Move Times</source>
        <translation>Mover las fechas</translation>
    </message>
    <message>
        <source>How far to move the times (below zero: earlier)</source>
        <translation>Cuánto mover las fechas (bajo cero: antes)</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Mover:</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Row(s)</source>
        <translation>
            <numerusform>Mover %Ln fila</numerusform>
            <numerusform>Mover %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Each selected row&apos;s date moves, its time of day stays; each is checked again at once. Below zero moves them earlier.</source>
        <translation>La fecha de cada fila seleccionada se mueve y su hora se mantiene; cada una se comprueba de nuevo al instante. Bajo cero las adelanta.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semana</numerusform>
            <numerusform>%Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected rows has a time that could be read: fix those with Set a Column.</source>
        <translation>Ninguna de las filas seleccionadas tiene una fecha legible: corríjalas con Fijar una columna.</translation>
    </message>
    <message>
        <source>%1 becomes %2.</source>
        <translation>%1 pasa a %2.</translation>
    </message>
    <message>
        <source>The earliest, %1, becomes %2; the latest, %3, becomes %4.</source>
        <translation>La más temprana, %1, pasa a %2; la más tardía, %3, pasa a %4.</translation>
    </message>
    <message>
        <source>Some would still be in the past.</source>
        <translation>Algunas seguirían en el pasado.</translation>
    </message>
    <message>
        <source>Some would be further ahead than a post may be scheduled (%1).</source>
        <translation>Algunas quedarían más adelante de lo que se puede programar una publicación (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows go to %1 at the same minute (%2), and moved they still will: most networks take a burst like that as spam. Give them different times with Set a Column if that is not meant.</source>
        <translation>
            <numerusform>%Ln de estas filas va a %1 en el mismo minuto (%2), y movidas seguirán así: la mayoría de las redes toman una ráfaga así por spam. Deles horas distintas con «Fijar una columna» si no es lo que quiere.</numerusform>
            <numerusform>%Ln de estas filas van a %1 en el mismo minuto (%2), y movidas seguirán así: la mayoría de las redes toman una ráfaga así por spam. Deles horas distintas con «Fijar una columna» si no es lo que quiere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::MoveToDateDialog</name>
    <message>
        <source>Move Posts</source>
        <translation>Mover publicaciones</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>Mover %Ln publicación</numerusform>
            <numerusform>Mover %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Each post keeps its time of day.</source>
        <translation>Cada publicación conserva su hora del día.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
</context>
<context>
    <name>Almanac::PlatformTab</name>
    <message>
        <source>Text for %1</source>
        <translation>Texto para %1</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>Ajustes de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post, counted as %1 counts them.</source>
        <translation>Demasiado largo para %1: admite como máximo %2 caracteres por publicación, contados como los cuenta %1.</translation>
    </message>
    <message>
        <source>The text %1</source>
        <translation>El texto %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Write a different te&amp;xt for %1</source>
        <translation>Escribir un te&amp;xto distinto para %1</translation>
    </message>
    <message>
        <source>Split into T&amp;hread</source>
        <translation>&amp;Dividir en hilo</translation>
    </message>
    <message>
        <source>Make %1&apos;s text a thread of numbered posts that each fit its limit. The other platforms keep one post.</source>
        <translation>Convierte el texto para %1 en un hilo de publicaciones numeradas que caben cada una en su límite. Las demás plataformas mantienen una sola publicación.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) in the thread</source>
        <translation>
            <numerusform>%Ln publicación en el hilo</numerusform>
            <numerusform>%Ln publicaciones en el hilo</numerusform>
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
        <translation>Demasiado largo para %1: acepta como máximo %2 caracteres y %3 bytes por publicación.</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(predeterminado: %1)</translation>
    </message>
</context>
<context>
    <name>Almanac::PostListModel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Almanac::PostPreview</name>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation>Publicación %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not shown: %1 shows at most %2</source>
        <translation>
            <numerusform>%Ln más sin mostrar: %1 muestra como máximo %2</numerusform>
            <numerusform>%Ln más sin mostrar: %1 muestra como máximo %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No alt text: select the picture in Media and describe it, so people who cannot see it know what it shows.</source>
        <translation>Sin texto alternativo: seleccione la imagen en Medios y descríbala, para que quienes no pueden verla sepan qué muestra.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Texto alternativo: %1</translation>
    </message>
    <message>
        <source>Link card: its title and picture are read from the page when the post goes out.</source>
        <translation>Tarjeta del enlace: su título y su imagen se leen de la página al publicar.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link. Turn it off in %1 settings below the text.</source>
        <translation>La tarjeta que %1 muestra para el enlace. Desactívela en Ajustes de %1, bajo el texto.</translation>
    </message>
    <message>
        <source>The card %1 shows for the link.</source>
        <translation>La tarjeta que %1 muestra para el enlace.</translation>
    </message>
    <message>
        <source>No link card: with pictures, %1 shows them instead.</source>
        <translation>Sin tarjeta de enlace: con imágenes, %1 las muestra en su lugar.</translation>
    </message>
</context>
<context>
    <name>Almanac::PreviewPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Comprobar cada fila</translation>
    </message>
    <message>
        <source>Double-click a cell, or a field below, to fix it. Clear a row&apos;s box to leave it out; it is recorded in the import history as excluded.</source>
        <translation>Haz doble clic en una celda, o en un campo de abajo, para corregirla. Desmarca la casilla de una fila para dejarla fuera; se registra como excluida en el historial de importaciones.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>Las %1 filas están comprobadas.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows; nothing was written. Check the whole file to go on.</source>
        <translation>Detenido tras %1 filas; no se escribió nada. Comprueba el archivo entero para continuar.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>%1 valid</source>
        <translation>%1 válidas</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 con errores</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 con avisos</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 excluidas</translation>
    </message>
    <message>
        <source>Select a row to see all its fields.</source>
        <translation>Selecciona una fila para ver todos sus campos.</translation>
    </message>
    <message>
        <source>Row %1, every field:</source>
        <translation>Fila %1, todos los campos:</translation>
    </message>
    <message>
        <source>Rows of the file, as checked</source>
        <translation>Filas del archivo, tal como se comprobaron</translation>
    </message>
    <message>
        <source>Every field of the selected row</source>
        <translation>Todos los campos de la fila seleccionada</translation>
    </message>
    <message>
        <source>&amp;Leave Out Rows with Errors</source>
        <translation>&amp;Omitir las filas con errores</translation>
    </message>
    <message>
        <source>Clear the box of every row with errors: they are recorded as excluded, and the others can be imported.</source>
        <translation>Desmarca cada fila con errores: quedan registradas como omitidas y las demás se pueden importar.</translation>
    </message>
    <message>
        <source>This field has an error.</source>
        <translation>Este campo tiene un error.</translation>
    </message>
    <message>
        <source>Leave &amp;Out This Row</source>
        <translation>Omitir &amp;esta fila</translation>
    </message>
    <message>
        <source>&amp;Include This Row</source>
        <translation>&amp;Incluir esta fila</translation>
    </message>
    <message>
        <source>&amp;Fix This Cell</source>
        <translation>Co&amp;rregir esta celda</translation>
    </message>
    <message>
        <source>Set a Col&amp;umn…</source>
        <translation>Fijar una &amp;columna…</translation>
    </message>
    <message>
        <source>Space includes or excludes the selected rows; F2 or a double-click fixes a cell. Select several rows (Shift or Ctrl and a click) to set a column for all of them.</source>
        <translation>La barra espaciadora incluye u omite las filas seleccionadas; F2 o un doble clic corrige una celda. Seleccione varias filas (Mayús o Ctrl y un clic) para fijar una columna en todas.</translation>
    </message>
    <message>
        <source>Give one column the same value in every selected row.</source>
        <translation>Da el mismo valor a una columna en cada fila seleccionada.</translation>
    </message>
    <message numerus="yes">
        <source>Leave &amp;Out the %Ln Selected Rows</source>
        <translation>
            <numerusform>Dejar &amp;fuera %Ln fila seleccionada</numerusform>
            <numerusform>Dejar &amp;fuera %Ln filas seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %Ln Selected Rows</source>
        <translation>
            <numerusform>&amp;Incluir %Ln fila seleccionada</numerusform>
            <numerusform>&amp;Incluir las %Ln filas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Set Column</source>
        <translation>&amp;Deshacer la columna fijada</translation>
    </message>
    <message>
        <source>Once the file is checked, its commonest problems are listed here too: choose one to see only its rows, then select them all (Ctrl+A) to fix them together with Set a Column or leave them out with Space.</source>
        <translation>Una vez comprobado el archivo, sus problemas más frecuentes también aparecen aquí: elija uno para ver solo sus filas y luego selecciónelas todas (Ctrl+A) para corregirlas juntas con Fijar una columna o dejarlas fuera con Espacio.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln fila: %1</numerusform>
            <numerusform>%Ln filas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Times…</source>
        <translation>&amp;Mover las fechas…</translation>
    </message>
    <message>
        <source>Move the selected rows&apos; dates by days, weeks, months or years (last year&apos;s plan to this year, say); each keeps its time of day.</source>
        <translation>Mueve la fecha de las filas seleccionadas unos días, semanas, meses o años (el plan del año pasado a este, por ejemplo); cada una conserva su hora.</translation>
    </message>
    <message>
        <source>The rows have their values from before again.</source>
        <translation>Las filas vuelven a tener sus valores de antes.</translation>
    </message>
    <message>
        <source>Und&amp;o Move Times</source>
        <translation>&amp;Deshacer el cambio de fechas</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; set for %Ln row(s).</source>
        <translation>
            <numerusform>«%1» fijado en %Ln fila.</numerusform>
            <numerusform>«%1» fijado en %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The times of %Ln row(s) moved.</source>
        <translation>
            <numerusform>Se movió la fecha de %Ln fila.</numerusform>
            <numerusform>Se movieron las fechas de %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them fell on a day their month does not have and went to its last day.</source>
        <translation>
            <numerusform>%Ln de ellas caía en un día que su mes no tiene y pasó a su último día.</numerusform>
            <numerusform>%Ln de ellas caían en un día que su mes no tiene y pasaron a su último día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) had no time that could be read and stayed as they were.</source>
        <translation>
            <numerusform>%Ln fila no tenía una fecha legible y quedó como estaba.</numerusform>
            <numerusform>%Ln filas no tenían una fecha legible y quedaron como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To go on, fix or leave out the %Ln row(s) with errors.</source>
        <translation>
            <numerusform>Para seguir, corrija u omita la %Ln fila con errores.</numerusform>
            <numerusform>Para seguir, corrija u omita las %Ln filas con errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o Leave Out</source>
        <translation>&amp;Deshacer la omisión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out.</source>
        <translation>
            <numerusform>%Ln fila con errores omitida.</numerusform>
            <numerusform>%Ln filas con errores omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is left out: include one to go on.</source>
        <translation>Todas las filas están omitidas: incluya una para seguir.</translation>
    </message>
    <message>
        <source>The rows left out are in again.</source>
        <translation>Las filas omitidas vuelven a estar incluidas.</translation>
    </message>
    <message>
        <source>The rows have their times from before again.</source>
        <translation>Las filas vuelven a tener sus fechas de antes.</translation>
    </message>
    <message>
        <source>Re&amp;do Leave Out</source>
        <translation>Re&amp;hacer la omisión</translation>
    </message>
    <message>
        <source>Re&amp;do Set Column</source>
        <translation>Re&amp;hacer la columna fijada</translation>
    </message>
    <message>
        <source>Re&amp;do Move Times</source>
        <translation>Re&amp;hacer el cambio de fechas</translation>
    </message>
    <message>
        <source>%1 excluded (%2 with errors)</source>
        <translation>%1 excluidas (%2 con errores)</translation>
    </message>
    <message>
        <source>Rows with errors (%1)</source>
        <translation>Filas con errores (%1)</translation>
    </message>
    <message>
        <source>Rows with warnings (%1)</source>
        <translation>Filas con avisos (%1)</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Todas las filas (%1)</translation>
    </message>
</context>
<context>
    <name>Almanac::ProvidersDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Hosted Schedulers</source>
        <translation>Programadores alojados</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agencia</translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation> solicitudes por minuto</translation>
    </message>
    <message>
        <source>bundle.social only</source>
        <translation>solo bundle.social</translation>
    </message>
    <message>
        <source>stored in the system keychain, never in Almanac&apos;s files</source>
        <translation>guardada en el llavero del sistema, nunca en los archivos de Almanac</translation>
    </message>
    <message>
        <source>Remote account</source>
        <translation>Cuenta remota</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation>&amp;Añadir proveedor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de solicitudes:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Proveedores:</translation>
    </message>
    <message>
        <source>Test the connection to list the provider&apos;s accounts, then add the ones to post to.</source>
        <translation>Prueba la conexión para ver las cuentas del proveedor y añade aquellas en las que publicar.</translation>
    </message>
    <message>
        <source>Add the account you have at a hosted scheduler; Almanac then syncs the posts of the integrations that go through it.</source>
        <translation>Añade la cuenta que tienes en un programador alojado; Almanac sincroniza entonces las publicaciones de las integraciones que pasan por él.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key; it goes into the system keychain.</source>
        <translation>Escribe la clave de API del proveedor; va al llavero del sistema.</translation>
    </message>
    <message>
        <source> It is a test key: nothing is published for real with it.</source>
        <translation> Es una clave de prueba: con ella no se publica nada de verdad.</translation>
    </message>
    <message>
        <source> It is a live key: posts go out for real.</source>
        <translation> Es una clave real: las publicaciones salen de verdad.</translation>
    </message>
    <message>
        <source>The provider was added, but its key was not stored: %1</source>
        <translation>El proveedor se añadió, pero su clave no se guardó: %1</translation>
    </message>
    <message>
        <source>Added %1. Test the connection to see its accounts.</source>
        <translation>%1 añadido. Prueba la conexión para ver sus cuentas.</translation>
    </message>
    <message>
        <source>%1&apos;s API has no read-only call to test with; the key is checked at the first sync.</source>
        <translation>La API de %1 no tiene ninguna llamada de solo lectura para probar; la clave se comprueba en la primera sincronización.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>%1 did not accept the connection: %2</source>
        <translation>%1 no aceptó la conexión: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %Ln account(s). Add the ones to post to.</source>
        <translation>
            <numerusform>Conectado con %1: %Ln cuenta. Añade aquellas en las que publicar.</numerusform>
            <numerusform>Conectado con %1: %Ln cuentas. Añade aquellas en las que publicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Added %1: posts to it now sync through %2.</source>
        <translation>%1 añadida: sus publicaciones ahora se sincronizan a través de %2.</translation>
    </message>
    <message>
        <source>Accounts at the provider</source>
        <translation>Cuentas en el proveedor</translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>None yet. Fill in &quot;Add a provider&quot; with the account you have at OpenPost, PostEverywhere or bundle.social.</source>
        <translation>Ninguno todavía. Rellena «Añadir un proveedor» con tu cuenta de OpenPost, PostEverywhere o bundle.social.</translation>
    </message>
    <message>
        <source>Store the account&apos;s API key again: one that was never stored, mistyped, or replaced at the provider</source>
        <translation>Guardar de nuevo la clave de API de la cuenta: una que nunca se guardó, se escribió mal o se reemplazó en el proveedor</translation>
    </message>
    <message>
        <source>API Key of %1</source>
        <translation>Clave de API de %1</translation>
    </message>
    <message>
        <source>The API key of %1. It goes into the system keychain, in the place of the one there, if any:</source>
        <translation>La clave de API de %1. Se guarda en el llavero del sistema, en lugar de la que haya allí, si la hay:</translation>
    </message>
    <message>
        <source>No key was entered: the keychain keeps what it had for %1.</source>
        <translation>No se escribió ninguna clave: el llavero conserva lo que tenía para %1.</translation>
    </message>
    <message>
        <source>The key of %1 was not stored: %2</source>
        <translation>La clave de %1 no se guardó: %2</translation>
    </message>
    <message>
        <source>The key of %1 is in the system keychain. Test the connection to check it.</source>
        <translation>La clave de %1 está en el llavero del sistema. Prueba la conexión para comprobarla.</translation>
    </message>
    <message>
        <source>&amp;Set API Key…</source>
        <translation>&amp;Guardar clave de API…</translation>
    </message>
</context>
<context>
    <name>Almanac::PublishingIndicator</name>
    <message>
        <source>almanacd running</source>
        <translation>almanacd en marcha</translation>
    </message>
    <message>
        <source>almanacd (process %1) publishes due posts to your Bluesky, Mastodon and webhook accounts, also while this window is closed.</source>
        <translation>almanacd (proceso %1) publica las publicaciones pendientes en tus cuentas de Bluesky, Mastodon y webhook, también con esta ventana cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Last round at %1 (one every %Ln second(s)).</source>
        <translation>
            <numerusform>Última ronda a las %1 (una cada %Ln segundo).</numerusform>
            <numerusform>Última ronda a las %1 (una cada %Ln segundos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Started at %1; no round finished yet.</source>
        <translation>Iniciado a las %1; aún no ha terminado ninguna ronda.</translation>
    </message>
    <message>
        <source>Since it started at %1: %2 published, %3 failed or missed.</source>
        <translation>Desde que se inició a las %1: %2 publicadas, %3 fallidas o perdidas.</translation>
    </message>
    <message>
        <source>Publishing while open</source>
        <translation>Publica mientras está abierta</translation>
    </message>
    <message>
        <source>almanacd is not running: due posts to your Bluesky, Mastodon and webhook accounts are published only while this window is open.</source>
        <translation>almanacd no está en marcha: las publicaciones pendientes en tus cuentas de Bluesky, Mastodon y webhook solo se publican mientras esta ventana está abierta.</translation>
    </message>
    <message>
        <source>almanacd was last heard from at %1.</source>
        <translation>almanacd dio señales de vida por última vez a las %1.</translation>
    </message>
    <message>
        <source>Latest (%1, %2): %3</source>
        <translation>Lo último (%1, %2): %3</translation>
    </message>
    <message>
        <source>To publish while the window is closed, turn it on in Settings, Publishing.</source>
        <translation>Para publicar con la ventana cerrada, actívelo en Ajustes, Publicación.</translation>
    </message>
</context>
<context>
    <name>Almanac::ResultPage</name>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>The new posts are selected in the calendar.</source>
        <translation>Las publicaciones nuevas están seleccionadas en el calendario.</translation>
    </message>
    <message>
        <source>Remove exactly the posts this import created</source>
        <translation>Eliminar exactamente las publicaciones que creó esta importación</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>The import was undone: its posts are gone; the import history keeps its rows.</source>
        <translation>La importación se deshizo: sus publicaciones ya no están; el historial de importaciones conserva sus filas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) from %1 are in your calendar.</source>
        <translation>
            <numerusform>%Ln publicación de %1 está en tu calendario.</numerusform>
            <numerusform>%Ln publicaciones de %1 están en tu calendario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded row(s) are recorded in the import history.</source>
        <translation>
            <numerusform>%Ln fila excluida está registrada en el historial de importaciones.</numerusform>
            <numerusform>%Ln filas excluidas están registradas en el historial de importaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>The import was not undone; the message in the window says why.</source>
        <translation>La importación no se deshizo; el mensaje en la ventana dice por qué.</translation>
    </message>
</context>
<context>
    <name>Almanac::SetColumnDialog</name>
    <message>
        <source>Set a Column</source>
        <translation>Fijar una columna</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignorada)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Columna:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message numerus="yes">
        <source>Set for %Ln Row(s)</source>
        <translation>
            <numerusform>Fijar en %Ln fila</numerusform>
            <numerusform>Fijar en %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected row gets this value; each is checked again at once.</source>
        <translation>Cada fila seleccionada recibe este valor; cada una se comprueba de nuevo al instante.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Uno de: %1</translation>
    </message>
</context>
<context>
    <name>Almanac::SettingsDialog</name>
    <message>
        <source>P&amp;ublish due posts while this window is open</source>
        <translation>P&amp;ublicar las publicaciones pendientes mientras esta ventana esté abierta</translation>
    </message>
    <message>
        <source>&amp;Back up the store every day</source>
        <translation>Hacer copia de seguridad de los datos cada &amp;día</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>New Posts</source>
        <translation>Publicaciones nuevas</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Un idioma nuevo se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Times are shown and entered in this zone; posts keep their moment in time.</source>
        <translation>Las horas se muestran e introducen en esta zona; las publicaciones conservan su momento.</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>Las &amp;semanas empiezan el:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>A new post goes to these &amp;accounts:</source>
        <translation>Una publicación nueva va a estas &amp;cuentas:</translation>
    </message>
    <message>
        <source>Accounts a new post goes to</source>
        <translation>Cuentas de una publicación nueva</translation>
    </message>
    <message>
        <source>Publish a missed post if it is at most</source>
        <translation>Publicar una publicación perdida si lleva como mucho</translation>
    </message>
    <message>
        <source> minutes late</source>
        <translation> minutos de retraso</translation>
    </message>
    <message>
        <source>When the computer was asleep or off at a post&apos;s time, it is published when Almanac runs again if it is at most this late. Later ones wait in Failed Posts for you to publish anyway or reschedule.</source>
        <translation>Si el ordenador estaba en reposo o apagado a la hora de una publicación, se publica cuando Almanac vuelve a ejecutarse si el retraso no supera este margen. Las más tardías esperan en Publicaciones fallidas a que las publiques igualmente o las reprogrames.</translation>
    </message>
    <message>
        <source>Publishing &amp;Accounts…</source>
        <translation>Cuentas de &amp;publicación…</translation>
    </message>
    <message>
        <source>&amp;Hosted Schedulers…</source>
        <translation>Pro&amp;gramadores alojados…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Folder for Backups</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation> copias más recientes</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>A copy is made when Almanac starts and every few hours while it runs, once a day. Restoring a backup also keeps the store as it was in this folder first.</source>
        <translation>Se hace una copia al iniciar Almanac y cada pocas horas mientras está en marcha, una vez al día. Restaurar una copia también guarda antes en esta carpeta los datos tal como estaban.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, such as Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria; elige una de la lista, como Europe/Madrid.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups (a full path, such as %1).</source>
        <translation>Elige una carpeta para las copias de seguridad (una ruta completa, como %1).</translation>
    </message>
    <message>
        <source>Allow media from my &amp;local network</source>
        <translation>Permitir medios de mi red &amp;local</translation>
    </message>
    <message>
        <source>When this is off, Almanac fetches a post&apos;s pictures and videos only from public web addresses, so a plan from someone else cannot make it fetch files from this computer or your office network. Turn it on if your team serves media on the local network.</source>
        <translation>Si está desactivada, Almanac obtiene las imágenes y vídeos de una publicación solo de direcciones web públicas, para que un plan de otra persona no pueda hacerle obtener archivos de este ordenador o de la red de tu oficina. Actívala si tu equipo sirve medios en la red local.</translation>
    </message>
    <message>
        <source>A post with a date but no time is &amp;posted at</source>
        <translation>Una publicación con fecha pero sin hora se &amp;publica a las</translation>
    </message>
    <message>
        <source>For a spreadsheet that gives only a date, and a draft dropped on a day of the month.</source>
        <translation>Para una hoja de cálculo que solo da la fecha, y para un borrador que se suelta sobre un día del mes.</translation>
    </message>
    <message>
        <source>Bluesky, Mastodon, Discord, Slack and webhook accounts are published to by Almanac itself: by this window while it is open, and by almanacd in the background.</source>
        <translation>Almanac publica por sí mismo en las cuentas de Bluesky, Mastodon, Discord, Slack y webhook: esta ventana mientras está abierta, y almanacd en segundo plano.</translation>
    </message>
    <message>
        <source>This store is thrown away when the window closes, so nothing publishes it while the window is closed.</source>
        <translation>Estos datos se descartan al cerrar la ventana, así que nada los publica con la ventana cerrada.</translation>
    </message>
    <message>
        <source>With none checked, a new post starts on the accounts your last saved post went to (the first one: every account that takes a post without pictures). The composer can always change it.</source>
        <translation>Si no hay ninguna marcada, una publicación nueva empieza con las cuentas de tu última publicación guardada (la primera: todas las cuentas que aceptan una publicación sin imágenes). El editor siempre puede cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Almanac::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>En la ventana</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>En el calendario</translation>
    </message>
    <message>
        <source>Move between days</source>
        <translation>Moverse entre días</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Select the day&apos;s posts one by one</source>
        <translation>Seleccionar las publicaciones del día una a una</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Open the selected post, or start one on the day</source>
        <translation>Abrir la publicación seleccionada, o empezar una ese día</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Delete the selected posts</source>
        <translation>Eliminar las publicaciones seleccionadas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy a post while dragging it</source>
        <translation>Copiar una publicación al arrastrarla</translation>
    </message>
    <message>
        <source>Ctrl, held</source>
        <translation>Ctrl pulsada</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>En el editor</translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation>Programar la publicación</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>AM or PM in a time</source>
        <translation>a. m. o p. m. en una hora</translation>
    </message>
    <message>
        <source>A or P</source>
        <translation>A o P</translation>
    </message>
    <message>
        <source>In the import preview</source>
        <translation>En la vista previa de la importación</translation>
    </message>
    <message>
        <source>Fix a cell</source>
        <translation>Corregir una celda</translation>
    </message>
    <message>
        <source>F2, or a double-click</source>
        <translation>F2, o doble clic</translation>
    </message>
    <message>
        <source>Include or leave out the selected rows</source>
        <translation>Incluir o dejar fuera las filas seleccionadas</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Select every row shown</source>
        <translation>Seleccionar todas las filas mostradas</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Undo, redo a step</source>
        <translation>Deshacer, rehacer un paso</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Z, Ctrl+Mayús+Z o Ctrl+Y</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>En el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>Almanac::SyncEngine</name>
    <message>
        <source>The destination %1 has no provider account to sync through.</source>
        <translation>El destino %1 no tiene ninguna cuenta de proveedor con la que sincronizar.</translation>
    </message>
    <message>
        <source>Cannot publish: the post never reached the provider.</source>
        <translation>No se puede publicar: la publicación nunca llegó al proveedor.</translation>
    </message>
    <message>
        <source>The system reports no network connection.</source>
        <translation>El sistema indica que no hay conexión de red.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;.</source>
        <translation>No existe la cuenta de proveedor «%1».</translation>
    </message>
    <message>
        <source>A later group of the same import was refused, so the import was cancelled at %1: %2</source>
        <translation>Se rechazó un grupo posterior de la misma importación, así que la importación se canceló en %1: %2</translation>
    </message>
    <message>
        <source>Could not cancel the group %1 at %2: %3</source>
        <translation>No se pudo cancelar el grupo %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>Almanac::ThreadEditor</name>
    <message>
        <source>Add &amp;Part</source>
        <translation>&amp;Añadir parte</translation>
    </message>
    <message>
        <source>Make &amp;One Post</source>
        <translation>Hacer &amp;una sola publicación</translation>
    </message>
    <message>
        <source>Join the parts into one post for %1.</source>
        <translation>Une las partes en una sola publicación para %1.</translation>
    </message>
    <message>
        <source>Merge Up</source>
        <translation>Unir con la anterior</translation>
    </message>
    <message>
        <source>Move this part&apos;s text to the end of the part above, and remove this part.</source>
        <translation>Mueve el texto de esta parte al final de la parte de arriba y elimina esta parte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Post %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Publicación %1 de %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Post %1 of the thread on %2</source>
        <translation>Publicación %1 del hilo en %2</translation>
    </message>
    <message>
        <source>Too long for %1: it accepts at most %2 characters per post.</source>
        <translation>Demasiado largo para %1: acepta como máximo %2 caracteres por publicación.</translation>
    </message>
</context>
<context>
    <name>Almanac::Thumbnails</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
</context>
<context>
    <name>Almanac::TrayIcon</name>
    <message>
        <source>&amp;Pause Publishing</source>
        <translation>&amp;Pausar la publicación</translation>
    </message>
    <message>
        <source>&amp;Show Almanac</source>
        <translation>&amp;Mostrar Almanac</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Almanac · publishing paused</source>
        <translation>Almanac · publicación en pausa</translation>
    </message>
    <message>
        <source>Almanac · publishing</source>
        <translation>Almanac · publicando</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) scheduled</source>
        <translation>
            <numerusform>%Ln publicación programada</numerusform>
            <numerusform>%Ln publicaciones programadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Almanac::UnscheduledPanel</name>
    <message>
        <source>Drafts without a date appear here. Drag one onto a day to schedule it.</source>
        <translation>Aquí aparecen los borradores sin fecha. Arrastra uno a un día para programarlo.</translation>
    </message>
    <message>
        <source>Drafts without a date</source>
        <translation>Borradores sin fecha</translation>
    </message>
</context>
<context>
    <name>Almanac::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln más</numerusform>
            <numerusform>+%Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlueskyPublisher</name>
    <message>
        <source>Bluesky answered HTTP %1.</source>
        <translation>Bluesky respondió HTTP %1.</translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation>No hubo respuesta: %1.</translation>
    </message>
    <message>
        <source>Bluesky refused it (HTTP %1, %2): %3</source>
        <translation>Bluesky la rechazó (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>The account %1 has no handle to sign in with (--handle).</source>
        <translation>La cuenta %1 no tiene usuario con el que iniciar sesión (--handle).</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2 (%3).</source>
        <translation>Sesión iniciada en %1 como @%2 (%3).</translation>
    </message>
    <message>
        <source>Bluesky takes at most %1 images in a post; this one has %2.</source>
        <translation>Bluesky admite como máximo %1 imágenes por publicación; esta tiene %2.</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky, not videos (%1).</source>
        <translation>Almanac publica imágenes en Bluesky, no vídeos (%1).</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle %1 with the account&apos;s app password: %2</source>
        <translation>Bluesky no aceptó el usuario %1 con la contraseña de aplicación de la cuenta: %2</translation>
    </message>
    <message>
        <source>Almanac publishes images to Bluesky; %1 is %2.</source>
        <translation>Almanac publica imágenes en Bluesky; %1 es %2.</translation>
    </message>
    <message>
        <source>The account %1 has no usable service URL: %2</source>
        <translation>La cuenta %1 no tiene una URL de servicio utilizable: %2</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 could not be read (%2).</source>
        <translation>Se publicó sin su tarjeta de enlace: no se pudo leer la página en %1 (%2).</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>respondió %1</translation>
    </message>
    <message>
        <source>It went without its link card: the page at %1 has no title or description for one.</source>
        <translation>Se publicó sin su tarjeta de enlace: la página en %1 no tiene título ni descripción para ella.</translation>
    </message>
    <message>
        <source>Its link card went without a picture: the one %1 names could not be used.</source>
        <translation>Su tarjeta de enlace salió sin imagen: la que indica %1 no se pudo usar.</translation>
    </message>
</context>
<context>
    <name>BundleRowValidator</name>
    <message>
        <source>is empty; every row needs the bundle.social team ID.</source>
        <translation>está vacío; cada fila necesita el ID de equipo de bundle.social.</translation>
    </message>
    <message>
        <source>is empty; every row needs an internal title.</source>
        <translation>está vacío; cada fila necesita un título interno.</translation>
    </message>
    <message>
        <source>is empty; expected DRAFT or SCHEDULED.</source>
        <translation>está vacío; se espera DRAFT o SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected DRAFT or SCHEDULED.</source>
        <translation>%1 no es un estado; se espera DRAFT o SCHEDULED.</translation>
    </message>
    <message>
        <source>%1 filled in, but %2 is not in socialAccountTypes; those values are not used.</source>
        <translation>%1 está rellenado, pero %2 no está en socialAccountTypes; esos valores no se usan.</translation>
    </message>
    <message>
        <source>is empty, and so is %1: a post to %2 needs text or media.</source>
        <translation>está vacío, igual que %1: una publicación para %2 necesita texto o medios.</translation>
    </message>
</context>
<context>
    <name>BundleSocialProvider</name>
    <message>
        <source>bundle.social&apos;s API (seed 003) takes new posts as CSV imports; edit or delete this post in bundle.social itself.</source>
        <translation>La API de bundle.social (seed 003) recibe las publicaciones nuevas como importaciones CSV; edita o elimina esta publicación en el propio bundle.social.</translation>
    </message>
    <message>
        <source>bundle.social&apos;s answer to the upload could not be read.</source>
        <translation>No se pudo leer la respuesta de bundle.social a la subida.</translation>
    </message>
    <message>
        <source>bundle.social refused the import: %1</source>
        <translation>bundle.social rechazó la importación: %1</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import status &quot;%1&quot; is not one Almanac knows.</source>
        <translation>Almanac no conoce el estado de importación «%1» de bundle.social.</translation>
    </message>
    <message>
        <source>Refused by bundle.social (row %1): %2</source>
        <translation>Rechazada por bundle.social (fila %1): %2</translation>
    </message>
    <message>
        <source>bundle.social&apos;s import has no result for some of its rows yet.</source>
        <translation>La importación de bundle.social aún no tiene resultado para algunas de sus filas.</translation>
    </message>
    <message>
        <source>bundle.social was still processing the import after %1 checks; Almanac looks again later.</source>
        <translation>bundle.social seguía procesando la importación al cabo de %1 comprobaciones; Almanac volverá a mirar más tarde.</translation>
    </message>
</context>
<context>
    <name>ChangeTagsCommand</name>
    <message numerus="yes">
        <source>Change the tags of %Ln post(s)</source>
        <translation>
            <numerusform>Cambiar las etiquetas de %Ln publicación</numerusform>
            <numerusform>Cambiar las etiquetas de %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>La publicación %1 ya no está en los datos.</translation>
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
        <translation>--db necesita una ruta</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>integrations add needs --id and --platform</source>
        <translation>integrations add necesita --id y --platform</translation>
    </message>
    <message>
        <source>added integration %1 (%2, provider %3)
</source>
        <translation>integración %1 añadida (%2, proveedor %3)
</translation>
    </message>
    <message>
        <source>unknown integrations action &quot;%1&quot;</source>
        <translation>acción de integrations desconocida «%1»</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import necesita exactamente un ARCHIVO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; expected an IANA name such as Europe/Berlin or UTC</source>
        <translation>«%1» no es una zona horaria; se espera un nombre IANA como Europe/Madrid o UTC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialect; expected auto, openpost or bundlesocial</source>
        <translation>«%1» no es un dialecto; se espera auto, openpost o bundlesocial</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s) from %1 (import %2).
</source>
        <translation>
            <numerusform>%n publicación importada desde %1 (importación %2).
</numerusform>
            <numerusform>%n publicaciones importadas desde %1 (importación %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n post(s) in %1 are valid; nothing was written (dry run).
</source>
        <translation>
            <numerusform>La %n publicación de %1 es válida; no se escribió nada (prueba).
</numerusform>
            <numerusform>Las %n publicaciones de %1 son válidas; no se escribió nada (prueba).
</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs exactly one FILE (or - for standard output)</source>
        <translation>export necesita exactamente un ARCHIVO (o - para la salida estándar)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format; expected openpost, bundlesocial, json or ics</source>
        <translation>--format «%1» no es un formato; se espera openpost, bundlesocial, json o ics</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--from «%1» no es una fecha ni una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--to «%1» no es una fecha ni una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>nota: %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected one of %2</source>
        <translation>«%1» no es un estado; se espera uno de %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>provider needs add, set-key or list</source>
        <translation>provider necesita add, set-key o list</translation>
    </message>
    <message>
        <source>provider add needs NAME, --kind and --base-url</source>
        <translation>provider add necesita NOMBRE, --kind y --base-url</translation>
    </message>
    <message>
        <source>--rate-limit &quot;%1&quot; is not a number of requests per minute</source>
        <translation>--rate-limit «%1» no es un número de solicitudes por minuto</translation>
    </message>
    <message>
        <source>added provider %1 (%2 at %3, %4 requests a minute)
</source>
        <translation>proveedor %1 añadido (%2 en %3, %4 solicitudes por minuto)
</translation>
    </message>
    <message>
        <source>provider set-key needs NAME (and the key on standard input)</source>
        <translation>provider set-key necesita NOMBRE (y la clave en la entrada estándar)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no provider &quot;%1&quot;; add it with provider add.
</source>
        <translation>almanac-cli: no existe el proveedor «%1»; añádelo con provider add.
</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>no hay ninguna clave en la entrada estándar</translation>
    </message>
    <message>
        <source>stored the key of %1 in the keychain
</source>
        <translation>clave de %1 guardada en el llavero
</translation>
    </message>
    <message>
        <source>unknown provider action &quot;%1&quot;</source>
        <translation>acción de provider desconocida «%1»</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>--timeout «%1» no es un número de segundos</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>sin conexión: %1</translation>
    </message>
    <message>
        <source>time is up after %1 s</source>
        <translation>se acabó el tiempo tras %1 s</translation>
    </message>
    <message>
        <source>pushed %1, %2 still queued, %3 failed
</source>
        <translation>%1 enviadas, %2 aún en cola, %3 fallidas
</translation>
    </message>
    <message>
        <source>failed: post %1 to %2 (%3): %4
</source>
        <translation>fallida: publicación %1 a %2 (%3): %4
</translation>
    </message>
    <message>
        <source>almanac-cli: sync stopped early (%1); everything not pushed is still queued
</source>
        <translation>almanac-cli: la sincronización terminó antes de tiempo (%1); todo lo no enviado sigue en cola
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform; expected one of %2</source>
        <translation>«%1» no es una plataforma; se espera una de %2</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--since «%1» no es una fecha ni una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>--until &quot;%1&quot; is not an ISO 8601 date or date-time</source>
        <translation>--until «%1» no es una fecha ni una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>%1 failed destinations queued again; run sync to send them
</source>
        <translation>%1 destinos fallidos vuelven a estar en cola; ejecuta sync para enviarlos
</translation>
    </message>
    <message>
        <source>cancel-group needs exactly one GROUP_ID</source>
        <translation>cancel-group necesita exactamente un GROUP_ID</translation>
    </message>
    <message>
        <source>almanac-cli: the group %1 was not cancelled: %2
</source>
        <translation>almanac-cli: el grupo %1 no se canceló: %2
</translation>
    </message>
    <message>
        <source>cancelled the group %1: %2 destinations
</source>
        <translation>grupo %1 cancelado: %2 destinos
</translation>
    </message>
    <message>
        <source>secret needs set ID (and the secret on standard input)</source>
        <translation>secret necesita set ID (y el secreto en la entrada estándar)</translation>
    </message>
    <message>
        <source>almanac-cli: there is no integration &quot;%1&quot;; add it with integrations add.
</source>
        <translation>almanac-cli: no existe la integración «%1»; añádela con integrations add.
</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>no hay ningún secreto en la entrada estándar</translation>
    </message>
    <message>
        <source>stored the secret of %1 in the keychain
</source>
        <translation>secreto de %1 guardado en el llavero
</translation>
    </message>
    <message>
        <source>backup needs the FILE to write</source>
        <translation>backup necesita el ARCHIVO que escribir</translation>
    </message>
    <message>
        <source>backed up %1 to %2
</source>
        <translation>copia de %1 guardada en %2
</translation>
    </message>
    <message>
        <source>restore needs the backup FILE to read</source>
        <translation>restore necesita el ARCHIVO de copia que leer</translation>
    </message>
    <message>
        <source>almanac-cli: nothing was restored: %1
</source>
        <translation>almanac-cli: no se restauró nada: %1
</translation>
    </message>
    <message>
        <source>restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4
</source>
        <translation>%1 restaurada (%2 publicaciones, %3 cuentas); los datos anteriores se guardan en %4
</translation>
    </message>
    <message>
        <source>scheduler needs run</source>
        <translation>scheduler necesita run</translation>
    </message>
    <message>
        <source>--grace-minutes &quot;%1&quot; is not a number of minutes (0 or more)</source>
        <translation>--grace-minutes «%1» no es un número de minutos (0 o más)</translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4
</source>
        <translation>%1: publicación %2 a %3 %4
</translation>
    </message>
    <message>
        <source>%1: post %2 to %3: %4
</source>
        <translation>%1: publicación %2 a %3: %4
</translation>
    </message>
    <message>
        <source>integrations remove needs exactly one ID</source>
        <translation>integrations remove necesita exactamente un ID</translation>
    </message>
    <message>
        <source>almanac-cli: the secret of %1 is still in the keychain: %2
</source>
        <translation>almanac-cli: el secreto de %1 sigue en el llavero: %2
</translation>
    </message>
    <message>
        <source>removed integration %1
</source>
        <translation>integración %1 quitada
</translation>
    </message>
    <message>
        <source>note: a post uses the file %1 from this computer; import with --allow-file %1 if you trust it to be uploaded
</source>
        <translation>nota: una publicación usa el archivo %1 de este ordenador; importa con --allow-file %1 si estás seguro de que puede subirse
</translation>
    </message>
    <message>
        <source>a webhook&apos;s URL goes into the keychain, and none is at hand</source>
        <translation>la URL de un webhook va al llavero, y no hay ninguno disponible</translation>
    </message>
    <message>
        <source>almanac-cli: the webhook&apos;s URL was not stored, so %1 was not added: %2
</source>
        <translation>almanac-cli: la URL del webhook no se guardó, así que no se añadió %1: %2
</translation>
    </message>
    <message>
        <source>note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md shows how the receiver checks the signature)
</source>
        <translation>nota: sus publicaciones salen sin firmar hasta que tenga un secreto: almanac-cli secret set %1 (docs/security.md explica cómo comprueba la firma el receptor)
</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds (1 or more)</source>
        <translation>--timeout «%1» no es un número de segundos (1 o más)</translation>
    </message>
    <message>
        <source>still running: %1
</source>
        <translation>aún en curso: %1
</translation>
    </message>
    <message numerus="yes">
        <source>almanac-cli: the round did not end within %1 s; %n destination(s) still going out are settled by the next run.
</source>
        <translation>
            <numerusform>almanac-cli: la ronda no terminó en %1 s; %n destino aún en curso se resolverá en la próxima ejecución.
</numerusform>
            <numerusform>almanac-cli: la ronda no terminó en %1 s; %n destinos aún en curso se resolverán en la próxima ejecución.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--date-order &quot;%1&quot; is not a date order; expected dmy (31/12/2027), mdy (12/31/2027) or ymd (2027/12/31)</source>
        <translation>--date-order «%1» no es un orden de fecha; se espera dmy (31/12/2027), mdy (12/31/2027) o ymd (2027/12/31)</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not HEADER=FIELD, such as --map &quot;Post copy=content&quot;</source>
        <translation>--map «%1» no tiene la forma CABECERA=CAMPO, por ejemplo --map &quot;Post copy=content&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: the file has no column &quot;%2&quot;; its columns are %3</source>
        <translation>--map «%1»: el archivo no tiene ninguna columna «%2»; sus columnas son %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field; expected ignore or one of %3</source>
        <translation>--map «%1»: «%2» no es un campo; se esperaba ignore o uno de %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: &quot;%2&quot; is not a field of the %3 format, which this file is read in; expected ignore or one of %4</source>
        <translation>--map «%1»: «%2» no es un campo del formato %3, en el que se lee este archivo; se esperaba ignore o uno de %4</translation>
    </message>
    <message>
        <source>integrations needs add, list, remove or test</source>
        <translation>integrations necesita add, list, remove o test</translation>
    </message>
    <message>
        <source>integrations test needs exactly one ID</source>
        <translation>integrations test necesita exactamente un ID</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>no hay ninguna integración %1</translation>
    </message>
    <message>
        <source>%1 is published by a hosted scheduler; sync shows whether it takes posts</source>
        <translation>%1 lo publica un programador alojado; sync muestra si acepta publicaciones</translation>
    </message>
    <message>
        <source>no keychain is at hand for the account&apos;s secret</source>
        <translation>no hay ningún llavero a mano para el secreto de la cuenta</translation>
    </message>
    <message numerus="yes">
        <source>--map &quot;%1&quot;: %n columns are named &quot;%2&quot; (columns %3); name one by its number, such as --map &quot;%4=%5&quot;</source>
        <translation>
            <numerusform>--map «%1»: %n columna se llama «%2» (columnas %3); indique una por su número, por ejemplo --map &quot;%4=%5&quot;</numerusform>
            <numerusform>--map «%1»: %n columnas se llaman «%2» (columnas %3); indique una por su número, por ejemplo --map &quot;%4=%5&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: post %2 to %3 %4 (%5)
</source>
        <translation>%1: publicación %2 a %3 %4 (%5)
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.
</source>
        <translation>
            <numerusform>%n publicación exportada a %1.
</numerusform>
            <numerusform>%n publicaciones exportadas a %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.
</source>
        <translation>
            <numerusform>No se importó nada: %n problema en %1.
</numerusform>
            <numerusform>No se importó nada: %n problemas en %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row such as content,integrations,schedule_at.</source>
        <translation>El archivo está vacío; se espera una fila de cabecera como content,integrations,schedule_at.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>El archivo tiene una fila de cabecera pero ninguna fila de datos.</translation>
    </message>
    <message>
        <source>Could not start writing to the store %1.</source>
        <translation>No se pudo empezar a escribir en los datos %1.</translation>
    </message>
    <message>
        <source>The file has %1 columns now, but %2 were mapped; it changed since it was opened.</source>
        <translation>El archivo tiene ahora %1 columnas, pero se asignaron %2; ha cambiado desde que se abrió.</translation>
    </message>
    <message>
        <source>The file is too large to check every row for duplicates; rows after the first %1 destinations were not compared.</source>
        <translation>El archivo es demasiado grande para buscar duplicados en cada fila; las filas posteriores a los primeros %1 destinos no se compararon.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, byte %2: %3</source>
        <translation>Línea %1, byte %2: %3</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than 16 MiB; a closing quote (&quot;) is probably missing</source>
        <translation>un campo entre comillas ocupa más de 16 MiB; probablemente falta una comilla de cierre (&quot;)</translation>
    </message>
    <message>
        <source>a single record is larger than 16 MiB; is this a CSV file?</source>
        <translation>un solo registro ocupa más de 16 MiB; ¿es un archivo CSV?</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>no se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>NUL byte found; this is a binary file, not a CSV text file</source>
        <translation>se encontró un byte NUL; es un archivo binario, no un archivo de texto CSV</translation>
    </message>
    <message>
        <source>byte %1 is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>el byte %1 no es UTF-8 válido; guarda el archivo como UTF-8 («CSV UTF-8» en Excel)</translation>
    </message>
    <message>
        <source>the bytes starting with %1 are not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>los bytes desde %1 no son UTF-8 válido; guarda el archivo como UTF-8 («CSV UTF-8» en Excel)</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>el archivo está codificado en UTF-16; guárdalo como UTF-8 («CSV UTF-8» en Excel)</translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote (&quot;)</source>
        <translation>el campo entre comillas que empieza aquí no tiene comilla de cierre (&quot;)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;), and the field must end with the delimiter or the line</source>
        <translation>texto inesperado tras la comilla de cierre del campo %1; una comilla dentro de un campo entre comillas debe duplicarse (&quot;&quot;), y el campo debe terminar con el delimitador o con la línea</translation>
    </message>
    <message>
        <source>a record has more than %1 fields; Almanac reads at most %1 columns</source>
        <translation>un registro tiene más de %1 campos; Almanac lee como máximo %1 columnas</translation>
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
        <translation>No se pudo ejecutar «%1»</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store.</source>
        <translation>No se pudo crear la carpeta %1 para los datos.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the store %1</source>
        <translation>No se pudieron abrir los datos %1</translation>
    </message>
    <message>
        <source>%1 is not an Almanac store (not an SQLite database): %2</source>
        <translation>%1 no son datos de Almanac (no es una base de datos SQLite): %2</translation>
    </message>
    <message>
        <source>The store %1 has schema version %2, newer than this Almanac understands (%3). Update Almanac to open it.</source>
        <translation>Los datos %1 tienen la versión de esquema %2, más nueva de lo que entiende este Almanac (%3). Actualiza Almanac para abrirlos.</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>La migración a la versión de esquema %1 falló: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No hay ninguna transacción abierta.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
    <message>
        <source>No savepoint is open.</source>
        <translation>No hay ningún punto de guardado abierto.</translation>
    </message>
    <message>
        <source>Could not start bringing the store %1 up to date: another program keeps it busy.</source>
        <translation>No se pudieron actualizar los datos %1: otro programa los mantiene ocupados.</translation>
    </message>
</context>
<context>
    <name>DateTimeResolver</name>
    <message>
        <source>a date and time such as %1, %2, %3 or %4 (day first), or %5 (month first)</source>
        <translation>una fecha y hora como %1, %2, %3 o %4 (día primero), o %5 (mes primero)</translation>
    </message>
</context>
<context>
    <name>DeletePostsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln post(s)</source>
        <translation>
            <numerusform>Eliminar %Ln publicación</numerusform>
            <numerusform>Eliminar %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>La publicación %1 ya no está en los datos.</translation>
    </message>
</context>
<context>
    <name>DeliveryModel</name>
    <message>
        <source>Unconfirmed: it was sent to %1 %2 minutes ago without an answer, and %1 no longer recognises a repeat after that long. Check the account: if the post is there, mark it published; if not, send it again.</source>
        <translation>Sin confirmar: se envió a %1 hace %2 minutos sin respuesta, y %1 ya no reconoce una repetición después de tanto tiempo. Revisa la cuenta: si la publicación está ahí, márcala como publicada; si no, vuelve a enviarla.</translation>
    </message>
    <message>
        <source>Unconfirmed: it was sent to %1 without an answer, and %1 cannot tell a repeat from a new post. Check the channel: if the post is there, mark it published; if not, send it again.</source>
        <translation>Sin confirmar: se envió a %1 sin respuesta, y %1 no distingue una repetición de una publicación nueva. Revisa el canal: si la publicación está ahí, márcala como publicada; si no, vuelve a enviarla.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today.</source>
        <translation>Ya llegó el nuevo café de origen único de Huila: notas de manzana roja, panela y cacao. De nuevo disponible hoy.</translation>
    </message>
    <message>
        <source>Brewing tip: grind a little finer when your pour-over drains in under three minutes.</source>
        <translation>Consejo de preparación: muele un poco más fino si tu filtro termina en menos de tres minutos.</translation>
    </message>
    <message>
        <source>We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!</source>
        <translation>Estamos en el mercado del sábado de 8 a 13 h. ¡Ven a saludarnos y prueba la cata de cold brew!</translation>
    </message>
    <message>
        <source>Behind the scenes: roasting day at the warehouse #roasting</source>
        <translation>Entre bastidores: día de tueste en el almacén #roasting</translation>
    </message>
    <message>
        <source>Our barista team is hiring. Part time, weekends, great coffee guaranteed.</source>
        <translation>Nuestro equipo de baristas busca gente. Media jornada, fines de semana, buen café garantizado.</translation>
    </message>
    <message>
        <source>Customer question of the week: does dark roast have more caffeine? Short answer: no.</source>
        <translation>Pregunta de la semana: ¿el tueste oscuro tiene más cafeína? Respuesta corta: no.</translation>
    </message>
    <message>
        <source>Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings.</source>
        <translation>Vuelve la mezcla de otoño: una combinación acogedora de Brasil y Etiopía para las mañanas más frías.</translation>
    </message>
    <message>
        <source>Thank you for 10,000 followers! A free bag goes to three of you this Friday.</source>
        <translation>¡Gracias por los 10.000 seguidores! Este viernes regalamos una bolsa a tres de vosotros.</translation>
    </message>
    <message>
        <source>Workshop: latte art for beginners, Thursday 6 pm. Eight seats left.</source>
        <translation>Taller: latte art para principiantes, jueves a las 18 h. Quedan ocho plazas.</translation>
    </message>
    <message>
        <source>How we pick our farms: direct trade, visits every harvest, prices above fair trade.</source>
        <translation>Cómo elegimos nuestras fincas: comercio directo, visitas en cada cosecha, precios por encima del comercio justo.</translation>
    </message>
    <message>
        <source>The account&apos;s token has expired; reconnect it.</source>
        <translation>El token de la cuenta ha caducado; vuelve a conectarla.</translation>
    </message>
    <message>
        <source>Idea: a photo series on the people who grow our beans, one farm a week.</source>
        <translation>Idea: una serie de fotos sobre las personas que cultivan nuestros granos, una finca por semana.</translation>
    </message>
    <message>
        <source>Idea: poll which single origin should come back next month.</source>
        <translation>Idea: una encuesta sobre qué origen único debería volver el mes que viene.</translation>
    </message>
    <message>
        <source>Idea: a 60-second video on dialling in espresso at home.</source>
        <translation>Idea: un vídeo de 60 segundos sobre cómo ajustar el espresso en casa.</translation>
    </message>
    <message>
        <source>OpenPost could not post it: the account&apos;s sign-in has expired there; reconnect it at OpenPost.</source>
        <translation>OpenPost no pudo publicarla: el inicio de sesión de la cuenta caducó allí; vuelva a conectarla en OpenPost.</translation>
    </message>
    <message>
        <source>Could not set up the demo</source>
        <translation>No se pudo preparar la demostración</translation>
    </message>
</context>
<context>
    <name>DialectDetector</name>
    <message>
        <source>The header row (%1) is not one Almanac knows. Expected the OpenPost columns content, integrations, schedule_at (optional: media, post_type, tags) or the bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.</source>
        <translation>Almanac no reconoce la fila de cabecera (%1). Se esperan las columnas de OpenPost content, integrations, schedule_at (opcionales: media, post_type, tags) o las columnas de bundle.social teamId, title, postDate, status, socialAccountTypes, text.</translation>
    </message>
    <message>
        <source>Column %1 has no name; its values are kept in the import history but not used.</source>
        <translation>La columna %1 no tiene nombre; sus valores se conservan en el historial de importaciones, pero no se usan.</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is not one of the %3 columns; its values are kept in the import history but not used.</source>
        <translation>La columna %1 «%2» no es una de las columnas de %3; sus valores se conservan en el historial de importaciones, pero no se usan.</translation>
    </message>
    <message>
        <source>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; mean the same field; keep only one of them.</source>
        <translation>Las columnas %1 «%2» y %3 «%4» significan el mismo campo; conserva solo una.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 header is missing the required column(s) %2. Found: %3.</source>
        <translation>
            <numerusform>A la cabecera de %1 le falta la columna obligatoria %2. Encontradas: %3.</numerusform>
            <numerusform>A la cabecera de %1 le faltan las columnas obligatorias %2. Encontradas: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Texto de la publicación</translation>
    </message>
    <message>
        <source>Accounts (IDs or platforms)</source>
        <translation>Cuentas (ID o plataformas)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Hora programada</translation>
    </message>
    <message>
        <source>Media links</source>
        <translation>Enlaces de medios</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Tipo de publicación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Text per platform</source>
        <translation>Texto por plataforma</translation>
    </message>
    <message>
        <source>Settings per platform</source>
        <translation>Ajustes por plataforma</translation>
    </message>
    <message>
        <source>bundle.social team</source>
        <translation>Equipo de bundle.social</translation>
    </message>
    <message>
        <source>Internal title</source>
        <translation>Título interno</translation>
    </message>
    <message>
        <source>Status (draft or scheduled)</source>
        <translation>Estado (borrador o programado)</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Texto para %1</translation>
    </message>
    <message>
        <source>Media links for %1</source>
        <translation>Enlaces de medios para %1</translation>
    </message>
    <message>
        <source>%1 setting: %2</source>
        <translation>Ajuste de %1: %2</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>Fecha programada</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; holds a time of day, but no column is the date it belongs to; name a column date (or map one to Scheduled date).</source>
        <translation>La columna %1 «%2» contiene una hora, pero ninguna columna da la fecha a la que pertenece; llame date a una columna (o asígnela a la fecha programada).</translation>
    </message>
</context>
<context>
    <name>DuplicatePostsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln post(s)</source>
        <translation>
            <numerusform>Duplicar %Ln publicación</numerusform>
            <numerusform>Duplicar %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The post %1 is not in the store any more.</source>
        <translation>La publicación %1 ya no está en los datos.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The address is not a full web address; expected one like https://example.com.</source>
        <translation>La dirección no es una dirección web completa; se espera una como https://example.com.</translation>
    </message>
    <message>
        <source>The address of %1 carries a user name or password; enter it without them.</source>
        <translation>La dirección de %1 lleva un nombre de usuario o una contraseña; escríbela sin ellos.</translation>
    </message>
    <message>
        <source>The address of %1 uses plain http, which would send your key or password unencrypted; use https://%1.</source>
        <translation>La dirección de %1 usa http simple, que enviaría tu clave o tu contraseña sin cifrar; usa https://%1.</translation>
    </message>
    <message>
        <source>Note: %1 is on this computer and is reached without encryption (http).</source>
        <translation>Nota: %1 está en este ordenador y se accede a él sin cifrado (http).</translation>
    </message>
    <message>
        <source>The server handed back an address that is not a full https:// address.</source>
        <translation>El servidor devolvió una dirección que no es una dirección https:// completa.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that carries a user name or password; Almanac does not follow it.</source>
        <translation>El servidor devolvió para %1 una dirección que lleva un nombre de usuario o una contraseña; Almanac no la sigue.</translation>
    </message>
    <message>
        <source>The server handed back an address for %1 that is not https; Almanac does not follow it.</source>
        <translation>El servidor devolvió para %1 una dirección que no es https; Almanac no la sigue.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row %1, %2: %3
</source>
        <translation>fila %1, %2: %3
</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(fila entera)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>aviso: %1
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
        <translation>%1 publicaciones importadas como importación n.º %2; %3 filas no válidas omitidas y registradas</translation>
    </message>
    <message>
        <source>imported %1 posts as import #%2</source>
        <translation>%1 publicaciones importadas como importación n.º %2</translation>
    </message>
    <message>
        <source>every row is valid; nothing written (dry run)</source>
        <translation>todas las filas son válidas; no se escribió nada (prueba)</translation>
    </message>
    <message>
        <source>nothing written (dry run)</source>
        <translation>no se escribió nada (prueba)</translation>
    </message>
    <message>
        <source>nothing written: fix the invalid rows, or use --skip-invalid to import the valid ones</source>
        <translation>no se escribió nada: corrige las filas no válidas o usa --skip-invalid para importar las válidas</translation>
    </message>
    <message>
        <source>file refused; nothing written</source>
        <translation>archivo rechazado; no se escribió nada</translation>
    </message>
    <message>
        <source>the store refused the import; nothing written</source>
        <translation>los datos rechazaron la importación; no se escribió nada</translation>
    </message>
    <message>
        <source>cancelled; nothing written</source>
        <translation>cancelado; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 invalid; %5
</source>
        <translation>%1: %2 filas, %3 válidas, %4 no válidas; %5
</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Could not read the import&apos;s posts</source>
        <translation>No se pudieron leer las publicaciones de la importación</translation>
    </message>
    <message>
        <source>Could not mark the import as undone</source>
        <translation>No se pudo marcar la importación como deshecha</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Could not record the import</source>
        <translation>No se pudo registrar la importación</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>No se pudieron leer los datos</translation>
    </message>
    <message>
        <source>Could not prepare the import: the store is not an SQLite database.</source>
        <translation>No se pudo preparar la importación: los datos no son una base de datos SQLite.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s indexes</source>
        <translation>No se pudieron leer los índices de los datos</translation>
    </message>
    <message>
        <source>Could not set the store&apos;s indexes aside for the import</source>
        <translation>No se pudieron apartar los índices de los datos para la importación</translation>
    </message>
    <message>
        <source>Row %1: could not record it in the import history: %2</source>
        <translation>Fila %1: no se pudo registrar en el historial de importaciones: %2</translation>
    </message>
    <message>
        <source>Could not finish recording the import</source>
        <translation>No se pudo terminar de registrar la importación</translation>
    </message>
    <message>
        <source>Could not rebuild the store&apos;s indexes after the import</source>
        <translation>No se pudieron reconstruir los índices de los datos tras la importación</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable integration ID; use 1 to 128 letters, digits or _ . : @ -.</source>
        <translation>«%1» no es un ID de integración utilizable; usa de 1 a 128 letras, dígitos o _ . : @ -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform Almanac knows; expected one of %2.</source>
        <translation>«%1» no es una plataforma que Almanac conozca; se espera una de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; expected one of %2.</source>
        <translation>«%1» no es un proveedor; se espera uno de %2.</translation>
    </message>
    <message>
        <source>There is no provider account &quot;%1&quot;; add it first with provider add.</source>
        <translation>No existe la cuenta de proveedor «%1»; añádela primero con provider add.</translation>
    </message>
    <message>
        <source>An integration with the ID &quot;%1&quot; already exists.</source>
        <translation>Ya existe una integración con el ID «%1».</translation>
    </message>
    <message>
        <source>Could not save the integration %1</source>
        <translation>No se pudo guardar la integración %1</translation>
    </message>
    <message>
        <source>There is no integration with the ID &quot;%1&quot;.</source>
        <translation>No hay ninguna integración con el ID «%1».</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; belonged to a removed %2 account; choose another ID.</source>
        <translation>El ID «%1» pertenecía a una cuenta de %2 quitada; elige otro ID.</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>No se pudieron leer los datos</translation>
    </message>
    <message>
        <source>Could not remove the integration %1</source>
        <translation>No se pudo quitar la integración %1</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is too like the account &quot;%2&quot;: both would read their secret from ALMANAC_SECRET_%3. Choose an ID that differs in more than punctuation or letter case.</source>
        <translation>El ID «%1» se parece demasiado a la cuenta «%2»: ambos leerían su secreto de ALMANAC_SECRET_%3. Elige un ID que no se diferencie solo en la puntuación o en mayúsculas y minúsculas.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) still go to %1: give them another account or delete them first (the calendar&apos;s account filter shows them).</source>
        <translation>
            <numerusform>%n publicación sigue yendo a %1: dale antes otra cuenta o elimínala (el filtro de cuentas del calendario la muestra).</numerusform>
            <numerusform>%n publicaciones siguen yendo a %1: dales antes otra cuenta o elimínalas (el filtro de cuentas del calendario las muestra).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 no es JSON válido: %2 en el byte %3.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a list of posts; expected an Almanac export ({&quot;posts&quot;: [...]}) or an array of posts.</source>
        <translation>%1 es JSON, pero no una lista de publicaciones; se espera una exportación de Almanac ({&quot;posts&quot;: [...]}) o una matriz de publicaciones.</translation>
    </message>
    <message>
        <source>%1 holds no posts.</source>
        <translation>%1 no contiene publicaciones.</translation>
    </message>
    <message>
        <source>Could not start writing to the store.</source>
        <translation>No se pudo empezar a escribir en los datos.</translation>
    </message>
    <message>
        <source>scheduled_at: &quot;%1&quot; is not a time with a zone; expected ISO 8601 such as 2026-05-01T09:00:00Z.</source>
        <translation>scheduled_at: «%1» no es una hora con zona; se espera ISO 8601 como 2026-05-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>scheduled_at: expected a time such as &quot;2026-05-01T09:00:00Z&quot;, or null for an undated draft.</source>
        <translation>scheduled_at: se espera una hora como «2026-05-01T09:00:00Z», o null para un borrador sin fecha.</translation>
    </message>
    <message>
        <source>post %1 (&quot;%2&quot;): %3</source>
        <translation>publicación %1 («%2»): %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2; Almanac reads JSON exports up to that size. Export fewer posts (a range of days) and import each part.</source>
        <translation>%1 ocupa más de %2; Almanac lee exportaciones JSON de hasta ese tamaño. Exporta menos publicaciones (un periodo de días) e importa cada parte.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>el llavero no tiene ninguno.</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1).</source>
        <translation>no se pudo leer el llavero (%1).</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>El llavero no guardó el secreto: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the secret: %1</source>
        <translation>El llavero no quitó el secreto: %1</translation>
    </message>
</context>
<context>
    <name>MastodonPublisher</name>
    <message>
        <source>Mastodon answered HTTP %1.</source>
        <translation>Mastodon respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Mastodon refused it (HTTP %1): %2</source>
        <translation>Mastodon la rechazó (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The account %1 has no instance URL (--service-url).</source>
        <translation>La cuenta %1 no tiene URL de instancia (--service-url).</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s URL, like https://mastodon.social.</source>
        <translation>Escribe la URL de la instancia, como https://mastodon.social.</translation>
    </message>
    <message>
        <source>Signed in to %1 as @%2.</source>
        <translation>Sesión iniciada en %1 como @%2.</translation>
    </message>
    <message>
        <source>Mastodon was still processing the media after 10 minutes.</source>
        <translation>Mastodon seguía procesando los medios al cabo de 10 minutos.</translation>
    </message>
    <message numerus="yes">
        <source>This instance takes up to %n characters per post.</source>
        <translation>
            <numerusform>Esta instancia admite hasta %n carácter por publicación.</numerusform>
            <numerusform>Esta instancia admite hasta %n caracteres por publicación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLoader</name>
    <message>
        <source>The media %1 is %2; the platform takes at most %3.</source>
        <translation>El medio %1 ocupa %2; la plataforma admite como máximo %3.</translation>
    </message>
    <message>
        <source>The media %1 is neither a file nor an http(s) link.</source>
        <translation>El medio %1 no es ni un archivo ni un enlace http(s).</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched (HTTP %2).</source>
        <translation>No se pudo obtener el medio %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The media cannot be used: %1.</source>
        <translation>No se puede usar el medio: %1.</translation>
    </message>
    <message>
        <source>The media %1 is larger than the platform takes (at most %2).</source>
        <translation>El medio %1 es más grande de lo que admite la plataforma (como máximo %2).</translation>
    </message>
    <message>
        <source>The media %1 could not be fetched: %2</source>
        <translation>No se pudo obtener el medio %1: %2</translation>
    </message>
</context>
<context>
    <name>MediaPolicy</name>
    <message>
        <source>a public address</source>
        <translation>una dirección pública</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>a private network address</source>
        <translation>una dirección de red privada</translation>
    </message>
    <message>
        <source>a link-local network address</source>
        <translation>una dirección de red de enlace local</translation>
    </message>
    <message>
        <source>a cloud&apos;s metadata service</source>
        <translation>el servicio de metadatos de una nube</translation>
    </message>
    <message>
        <source>an unspecified address</source>
        <translation>una dirección sin especificar</translation>
    </message>
    <message>
        <source>a reserved or multicast address</source>
        <translation>una dirección reservada o de multidifusión</translation>
    </message>
    <message>
        <source>the link names no host</source>
        <translation>el enlace no indica ningún servidor</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac fetches media only from public hosts (Settings → Publishing → &quot;Allow media from my local network&quot; lifts this)</source>
        <translation>%1 es %2; Almanac solo obtiene medios de servidores públicos (Ajustes → Publicación → «Permitir medios de mi red local» lo permite)</translation>
    </message>
    <message>
        <source>%1 is %2; Almanac never fetches media from there</source>
        <translation>%1 es %2; Almanac nunca obtiene medios de ahí</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>el archivo %1 no existe</translation>
    </message>
    <message>
        <source>%1 is a system file (%2), not a picture or video</source>
        <translation>%1 es un archivo del sistema (%2), no una imagen ni un vídeo</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device, pipe or socket)</source>
        <translation>%1 no es un archivo normal (una carpeta, un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>%1 is a file on this computer; a plan from someone else may name only https links (add the file in the composer instead)</source>
        <translation>%1 es un archivo de este ordenador; un plan de otra persona solo puede indicar enlaces https (en su lugar, añade el archivo en el editor)</translation>
    </message>
    <message>
        <source>%1 is not a media link; expected an https:// link</source>
        <translation>%1 no es un enlace de medio; se espera un enlace https://</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://</source>
        <translation>%1 no está cifrado; un enlace de medio en un archivo importado debe empezar por https://</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link</source>
        <translation>%1 lleva un nombre de usuario o una contraseña; se espera un enlace https:// simple</translation>
    </message>
    <message>
        <source>%1 names a file by a relative path; a plan may name only whole paths, which the user confirms</source>
        <translation>%1 indica un archivo con una ruta relativa; un plan solo puede indicar rutas completas, que el usuario confirma</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 no se puede leer</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>the keychain holds none.</source>
        <translation>el llavero no tiene ninguno.</translation>
    </message>
</context>
<context>
    <name>MovePostsCommand</name>
    <message numerus="yes">
        <source>Move %Ln post(s)</source>
        <translation>
            <numerusform>Mover %Ln publicación</numerusform>
            <numerusform>Mover %Ln publicaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenPostProvider</name>
    <message>
        <source>OpenPost refused the edit: %1 (only drafts and scheduled posts can be edited).</source>
        <translation>OpenPost rechazó el cambio: %1 (solo se pueden editar borradores y publicaciones programadas).</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer to the media upload could not be read.</source>
        <translation>No se pudo leer la respuesta de OpenPost a la subida del medio.</translation>
    </message>
    <message>
        <source>OpenPost&apos;s answer could not be read (%1 posts for %2 sent).</source>
        <translation>No se pudo leer la respuesta de OpenPost (%1 publicaciones enviadas para %2).</translation>
    </message>
    <message>
        <source>OpenPost handed back an upload address that is not a full https:// address.</source>
        <translation>OpenPost devolvió una dirección de subida que no es una dirección https:// completa.</translation>
    </message>
</context>
<context>
    <name>OpenPostRowValidator</name>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>está vacío; toda publicación necesita texto.</translation>
    </message>
    <message>
        <source>%1 is not a status; expected draft or scheduled (or nothing: scheduled when there is a time).</source>
        <translation>%1 no es un estado; se espera draft o scheduled (o nada: programada si hay hora).</translation>
    </message>
    <message>
        <source>is scheduled, but %1 is empty; a scheduled post needs a time.</source>
        <translation>es «scheduled», pero %1 está vacío; una publicación programada necesita una hora.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 no es un tipo de publicación; se espera uno de %2.</translation>
    </message>
    <message>
        <source>the value for %1 is not text; expected {&quot;%1&quot;: &quot;the text&quot;}.</source>
        <translation>el valor para %1 no es texto; se espera {&quot;%1&quot;: &quot;el texto&quot;}.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; expected one keyed by platform, e.g. {&quot;x&quot;: ...}.</source>
        <translation>%1 no es un objeto JSON; se espera uno con plataformas como claves, p. ej. {&quot;x&quot;: ...}.</translation>
    </message>
    <message>
        <source>%1 is not a platform; expected platform ids such as x, bluesky, linkedin.</source>
        <translation>%1 no es una plataforma; se esperan ID de plataforma como x, bluesky, linkedin.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Could not record the request</source>
        <translation>No se pudo registrar la solicitud</translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation>No se pudo registrar la sincronización</translation>
    </message>
    <message>
        <source>Could not record the remote post</source>
        <translation>No se pudo registrar la publicación remota</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>No se pudo registrar el fallo</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>No se pudo registrar el reintento</translation>
    </message>
    <message>
        <source>Could not find the failed posts</source>
        <translation>No se encontraron las publicaciones fallidas</translation>
    </message>
    <message>
        <source>Could not queue the failed posts again</source>
        <translation>No se pudieron volver a poner en cola las publicaciones fallidas</translation>
    </message>
    <message>
        <source>Could not record the cancelled group</source>
        <translation>No se pudo registrar el grupo cancelado</translation>
    </message>
    <message>
        <source>Could not record what the provider said</source>
        <translation>No se pudo registrar lo que dijo el proveedor</translation>
    </message>
    <message>
        <source>Could not record the cancelled import</source>
        <translation>No se pudo registrar la importación cancelada</translation>
    </message>
    <message>
        <source>Another Almanac took some of these posts first.</source>
        <translation>Otro Almanac tomó primero algunas de estas publicaciones.</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PostEverywhereProvider</name>
    <message>
        <source>Refused by PostEverywhere (%1): %2</source>
        <translation>Rechazada por PostEverywhere (%1): %2</translation>
    </message>
    <message>
        <source>PostEverywhere&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta de PostEverywhere.</translation>
    </message>
    <message>
        <source>PostEverywhere has no publish-now call; schedule the post for now instead.</source>
        <translation>PostEverywhere no tiene una llamada para publicar ahora; programa la publicación para este momento.</translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social&apos;s team settings.</source>
        <translation>Un CSV de bundle.social necesita el ID de equipo para su columna teamId; indica el de los ajustes de equipo de bundle.social.</translation>
    </message>
    <message>
        <source>Almanac posts</source>
        <translation>Publicaciones de Almanac</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>La exportación se detuvo; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Could not write the export: %1.</source>
        <translation>No se pudo escribir la exportación: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the OpenPost dialect has no column for (JSON keeps it).</source>
        <translation>
            <numerusform>%n publicación tiene texto alternativo, para el que el dialecto de OpenPost no tiene columna (el JSON lo conserva).</numerusform>
            <numerusform>%n publicaciones tienen texto alternativo, para el que el dialecto de OpenPost no tiene columna (el JSON lo conserva).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for one platform only; the OpenPost dialect lists them for every platform (bundle.social CSV or JSON keeps them apart).</source>
        <translation>
            <numerusform>%n publicación tiene medios para una sola plataforma; el dialecto de OpenPost los incluye para todas las plataformas (el CSV de bundle.social o el JSON los mantienen separados).</numerusform>
            <numerusform>%n publicaciones tienen medios para una sola plataforma; el dialecto de OpenPost los incluye para todas las plataformas (el CSV de bundle.social o el JSON los mantienen separados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a media address with a space or # in it, which the media column cannot hold apart from the next address.</source>
        <translation>
            <numerusform>%n publicación tiene una dirección de medio con un espacio o un # dentro, que la columna de medios no puede separar de la siguiente dirección.</numerusform>
            <numerusform>%n publicaciones tienen una dirección de medio con un espacio o un # dentro, que la columna de medios no puede separar de la siguiente dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as scheduled, and importing it again asks for times in the future.</source>
        <translation>
            <numerusform>%n publicación está publicada, fallida o cancelada; el archivo la indica como programada, y volver a importarla pide una hora futura.</numerusform>
            <numerusform>%n publicaciones están publicadas, fallidas o canceladas; el archivo las indica como programadas, y volver a importarlas pide horas futuras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date, and bundle.social needs a postDate: their rows are written with it empty, to fill in before an import.</source>
        <translation>
            <numerusform>%n borrador no tiene fecha, y bundle.social exige un postDate: su fila se escribe sin ella, para completarla antes de importar.</numerusform>
            <numerusform>%n borradores no tienen fecha, y bundle.social exige un postDate: sus filas se escriben sin ella, para completarla antes de importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have no internal title, which bundle.social requires: their first words are used.</source>
        <translation>
            <numerusform>%n publicación no tiene título interno, que bundle.social exige: se usan sus primeras palabras.</numerusform>
            <numerusform>%n publicaciones no tienen título interno, que bundle.social exige: se usan sus primeras palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have tags, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n publicación tiene etiquetas, para las que el dialecto de bundle.social no tiene columna.</numerusform>
            <numerusform>%n publicaciones tienen etiquetas, para las que el dialecto de bundle.social no tiene columna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have a post type other than post; the bundle.social dialect says it per platform (e.g. instagramType) only.</source>
        <translation>
            <numerusform>%n publicación tiene un tipo distinto de «post»; el dialecto de bundle.social solo lo indica por plataforma (p. ej., instagramType).</numerusform>
            <numerusform>%n publicaciones tienen un tipo distinto de «post»; el dialecto de bundle.social solo lo indica por plataforma (p. ej., instagramType).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have alt text, which the bundle.social dialect has no column for.</source>
        <translation>
            <numerusform>%n publicación tiene texto alternativo, para el que el dialecto de bundle.social no tiene columna.</numerusform>
            <numerusform>%n publicaciones tienen texto alternativo, para el que el dialecto de bundle.social no tiene columna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have media for every platform; the bundle.social dialect lists them under each platform.</source>
        <translation>
            <numerusform>%n publicación tiene medios para todas las plataformas; el dialecto de bundle.social los incluye bajo cada plataforma.</numerusform>
            <numerusform>%n publicaciones tienen medios para todas las plataformas; el dialecto de bundle.social los incluye bajo cada plataforma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) have platform settings bundle.social has no column for.</source>
        <translation>
            <numerusform>%n publicación tiene ajustes de plataforma para los que bundle.social no tiene columna.</numerusform>
            <numerusform>%n publicaciones tienen ajustes de plataforma para los que bundle.social no tiene columna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) go to a platform bundle.social does not know; it is named by the account&apos;s ID.</source>
        <translation>
            <numerusform>%n publicación va a una plataforma que bundle.social no conoce; se nombra con el ID de la cuenta.</numerusform>
            <numerusform>%n publicaciones van a una plataforma que bundle.social no conoce; se nombra con el ID de la cuenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are published, failed or cancelled; the file has them as SCHEDULED.</source>
        <translation>
            <numerusform>%n publicación está publicada, fallida o cancelada; el archivo la indica como SCHEDULED.</numerusform>
            <numerusform>%n publicaciones están publicadas, fallidas o canceladas; el archivo las indica como SCHEDULED.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) have no date and are left out of the calendar.</source>
        <translation>
            <numerusform>%n borrador no tiene fecha y queda fuera del calendario.</numerusform>
            <numerusform>%n borradores no tienen fecha y quedan fuera del calendario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Could not save the post</source>
        <translation>No se pudo guardar la publicación</translation>
    </message>
    <message>
        <source>Could not save the destination %1 of the post</source>
        <translation>No se pudo guardar el destino %1 de la publicación</translation>
    </message>
    <message>
        <source>Could not queue the post for sync</source>
        <translation>No se pudo poner la publicación en cola para sincronizar</translation>
    </message>
    <message>
        <source>The post %1 is not in the store (deleted elsewhere?).</source>
        <translation>La publicación %1 no está en los datos (¿se eliminó en otro sitio?).</translation>
    </message>
    <message>
        <source>Could not save the post&apos;s destinations</source>
        <translation>No se pudieron guardar los destinos de la publicación</translation>
    </message>
    <message>
        <source>Could not delete the post %1</source>
        <translation>No se pudo eliminar la publicación %1</translation>
    </message>
    <message>
        <source>Could not move the post</source>
        <translation>No se pudo mover la publicación</translation>
    </message>
    <message>
        <source>Could not change the post&apos;s tags</source>
        <translation>No se pudieron cambiar las etiquetas de la publicación</translation>
    </message>
    <message>
        <source>Could not record the post&apos;s status</source>
        <translation>No se pudo registrar el estado de la publicación</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>La cuenta %1 no está en los datos.</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <source> as X counts them (each link 23, CJK characters and emoji 2)</source>
        <translation> contados como los cuenta X (cada enlace 23, los caracteres CJK y los emoji 2)</translation>
    </message>
    <message>
        <source> (each link counts 23)</source>
        <translation> (cada enlace cuenta 23)</translation>
    </message>
    <message>
        <source>%1 is in the past; expected a time after now (%2).</source>
        <translation>%1 está en el pasado; se espera una hora posterior a ahora (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead; expected a time no later than %3.</source>
        <translation>%1 está a más de %2 días vista; se espera una hora no posterior a %3.</translation>
    </message>
    <message>
        <source>part %1 of the thread is %2 characters long for %3%4; %3 accepts at most %5 per post.</source>
        <translation>la parte %1 del hilo tiene %2 caracteres para %3%4; %3 admite como máximo %5 por publicación.</translation>
    </message>
    <message>
        <source>is %1 characters long for %2%3; %2 accepts at most %4.</source>
        <translation>tiene %1 caracteres para %2%3; %2 admite como máximo %4.</translation>
    </message>
    <message>
        <source>post type &quot;%1&quot; is not accepted by %2; %2 accepts %3.</source>
        <translation>%2 no admite el tipo de publicación «%1»; %2 admite %3.</translation>
    </message>
    <message>
        <source>has %1 media URLs; %2 accepts at most %3.</source>
        <translation>tiene %1 URL de medios; %2 admite como máximo %3.</translation>
    </message>
    <message>
        <source>is empty, but %1 needs at least one image or video URL.</source>
        <translation>está vacío, pero %1 necesita al menos una URL de imagen o vídeo.</translation>
    </message>
    <message>
        <source>TRUE or FALSE</source>
        <translation>TRUE o FALSE</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number such as 0.5</source>
        <translation>un número como 0.5</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>una URL http:// o https://</translation>
    </message>
    <message>
        <source>a date such as 2026-05-01 or a date and time such as 2026-05-01T09:00:00Z</source>
        <translation>una fecha como 2026-05-01 o una fecha y hora como 2026-05-01T09:00:00Z</translation>
    </message>
    <message>
        <source>%1 is not accepted; expected %2.</source>
        <translation>%1 no se admite; se espera %2.</translation>
    </message>
    <message>
        <source>%1 is not a setting of %2; it is kept but not used.</source>
        <translation>%1 no es un ajuste de %2; se conserva, pero no se usa.</translation>
    </message>
    <message>
        <source>%1 is not a connected account.</source>
        <translation>%1 no es una cuenta conectada.</translation>
    </message>
    <message>
        <source>no account is chosen; choose at least one to post to.</source>
        <translation>no se ha elegido ninguna cuenta; elige al menos una en la que publicar.</translation>
    </message>
    <message>
        <source>%1 is not a post type; expected one of %2.</source>
        <translation>%1 no es un tipo de publicación; se espera uno de %2.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an http:// or https:// URL or a file.</source>
        <translation>%1 no es una URL de medio; se espera una URL http:// o https:// o un archivo.</translation>
    </message>
    <message>
        <source>is empty; every post needs text.</source>
        <translation>está vacío; toda publicación necesita texto.</translation>
    </message>
    <message>
        <source>is %1 characters and %2 bytes long; %3 accepts at most %4 characters and %5 bytes (UTF-8) per post.</source>
        <translation>tiene %1 caracteres y %2 bytes; %3 acepta como máximo %4 caracteres y %5 bytes (UTF-8) por publicación.</translation>
    </message>
    <message>
        <source>part %1 of the thread %2</source>
        <translation>la parte %1 del hilo %2</translation>
    </message>
    <message>
        <source>Shorten that part, or split it in two.</source>
        <translation>Acorte esa parte, o divídala en dos.</translation>
    </message>
    <message>
        <source>Shorten it, or split it into a thread.</source>
        <translation>Acórtelo, o divídalo en un hilo.</translation>
    </message>
    <message>
        <source>Shorten it, or give %1 a shorter text of its own.</source>
        <translation>Acórtelo, o dé a %1 un texto propio más corto.</translation>
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
        <translation>No se pudo preparar el guardado de publicaciones: los datos no son una base de datos SQLite.</translation>
    </message>
    <message>
        <source>The account %1 is not in the store.</source>
        <translation>La cuenta %1 no está en los datos.</translation>
    </message>
    <message>
        <source>Could not save the post: %1</source>
        <translation>No se pudo guardar la publicación: %1</translation>
    </message>
    <message>
        <source>The post&apos;s destinations were not resolved.</source>
        <translation>No se resolvieron los destinos de la publicación.</translation>
    </message>
    <message>
        <source>Could not save the destination %1: %2</source>
        <translation>No se pudo guardar el destino %1: %2</translation>
    </message>
    <message>
        <source>Could not queue the post for sync: %1</source>
        <translation>No se pudo poner la publicación en cola para sincronizar: %1</translation>
    </message>
</context>
<context>
    <name>ProviderChannel</name>
    <message>
        <source>Syncing to %1 (%2) is not available yet.</source>
        <translation>La sincronización con %1 (%2) aún no está disponible.</translation>
    </message>
    <message>
        <source>The path %1 leaves %2; Almanac does not send the key there.</source>
        <translation>La ruta %1 sale de %2; Almanac no envía la clave allí.</translation>
    </message>
</context>
<context>
    <name>ProviderOperations</name>
    <message>
        <source>No post here was created in the group %1.</source>
        <translation>Aquí no se creó ninguna publicación en el grupo %1.</translation>
    </message>
    <message>
        <source>%1 (%2) has no groups to cancel.</source>
        <translation>%1 (%2) no tiene grupos que cancelar.</translation>
    </message>
    <message>
        <source>%1: not asked to retry at %2, which refuses a retry without a filter; give --platform, --since, --until or --post.</source>
        <translation>%1: no se pidió reintentar a %2, que rechaza un reintento sin filtro; indica --platform, --since, --until o --post.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 destinations queued for retry there.</source>
        <translation>%1: %2 destinos en cola para reintentarse allí.</translation>
    </message>
    <message>
        <source>%1: the retry was refused: %2</source>
        <translation>%1: se rechazó el reintento: %2</translation>
    </message>
    <message>
        <source>The store is not open, so the group %1 was not cancelled.</source>
        <translation>Los datos no están abiertos, así que el grupo %1 no se canceló.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destination(s) failed at %1, which has no way to be asked to publish again: open the post and choose Duplicate to send a copy.</source>
        <translation>
            <numerusform>%Ln destino falló en %1, al que no se le puede pedir que publique de nuevo: abre la publicación y elige «Duplicar» para enviar una copia.</numerusform>
            <numerusform>%Ln destinos fallaron en %1, al que no se le puede pedir que publique de nuevo: abre la publicación y elige «Duplicar» para enviar una copia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>&quot;%1&quot; is not a usable provider name; use 1 to 64 letters, digits, _ or -.</source>
        <translation>«%1» no es un nombre de proveedor utilizable; usa de 1 a 64 letras, dígitos, _ o -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider kind; expected one of %2.</source>
        <translation>«%1» no es un tipo de proveedor; se espera uno de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base URL; expected one such as https://api.openpost.so.</source>
        <translation>«%1» no es una URL base; se espera una como https://api.openpost.so.</translation>
    </message>
    <message>
        <source>%1 is not a usable rate limit; expected requests per minute from 1 to 100000.</source>
        <translation>%1 no es un límite de solicitudes utilizable; se esperan solicitudes por minuto de 1 a 100000.</translation>
    </message>
    <message>
        <source>A bundle.social provider needs its team: add --team-id TEAM.</source>
        <translation>Un proveedor de bundle.social necesita su equipo: añade --team-id EQUIPO.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un proveedor llamado «%1».</translation>
    </message>
    <message>
        <source>Could not save the provider %1</source>
        <translation>No se pudo guardar el proveedor %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too like the provider &quot;%2&quot;: both would read their key from ALMANAC_API_KEY_%3. Choose a name that differs in more than punctuation or letter case.</source>
        <translation>El nombre «%1» se parece demasiado al proveedor «%2»: ambos leerían su clave de ALMANAC_API_KEY_%3. Elige un nombre que no se diferencie solo en la puntuación o en mayúsculas y minúsculas.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>RowReport</name>
    <message>
        <source>There is no import %1 in the store.</source>
        <translation>No hay ninguna importación %1 en los datos.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>The row has %1 values but the header has %2 columns; the extra value %3 has no column. Quote values that contain the delimiter.</source>
        <translation>La fila tiene %1 valores, pero la cabecera tiene %2 columnas; el valor sobrante %3 no tiene columna. Pon entre comillas los valores que contengan el delimitador.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>connected: %1</source>
        <translation>conectadas: %1</translation>
    </message>
    <message>
        <source>%1 is the platform %2, but no %2 account is connected (%3).</source>
        <translation>%1 es la plataforma %2, pero no hay ninguna cuenta de %2 conectada (%3).</translation>
    </message>
    <message>
        <source>%1 is not a platform bundle.social knows; accepted: %2.</source>
        <translation>%1 no es una plataforma que bundle.social conozca; se aceptan: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a connected integration ID nor a platform name; %2.</source>
        <translation>%1 no es ni un ID de integración conectada ni un nombre de plataforma; %2.</translation>
    </message>
    <message>
        <source>%1 matches %2 connected integrations (%3); name the one you mean by its ID.</source>
        <translation>%1 coincide con %2 integraciones conectadas (%3); indica la que quieres por su ID.</translation>
    </message>
    <message>
        <source>is empty; list at least one platform, such as INSTAGRAM,TIKTOK.</source>
        <translation>está vacío; indica al menos una plataforma, como INSTAGRAM,TIKTOK.</translation>
    </message>
    <message>
        <source>is empty; name at least one integration ID or platform (%1).</source>
        <translation>está vacío; indica al menos un ID de integración o una plataforma (%1).</translation>
    </message>
    <message>
        <source>is empty; expected %1.</source>
        <translation>está vacío; se espera %1.</translation>
    </message>
    <message>
        <source>%1 is not a date and time Almanac can read; expected %2.</source>
        <translation>%1 no es una fecha y hora que Almanac pueda leer; se espera %2.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip that hour for daylight saving time. Pick a time outside the gap, or add an offset such as +01:00.</source>
        <translation>%1 no existe en %2: los relojes se saltan esa hora por el horario de verano. Elige una hora fuera del salto o añade un desfase como +01:00.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2 (the clocks go back); Almanac uses the first, %3. Add an offset to pick the second (%4).</source>
        <translation>%1 ocurre dos veces en %2 (se atrasan los relojes); Almanac usa la primera, %3. Añade un desfase para elegir la segunda (%4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A post with the same text, destination (%1) and time is already in Almanac.</source>
        <translation>Ya hay en Almanac una publicación con el mismo texto, destino (%1) y hora.</translation>
    </message>
    <message>
        <source>An earlier row has the same text, destination (%1) and time; this looks like a duplicate.</source>
        <translation>Una fila anterior tiene el mismo texto, destino (%1) y hora; parece un duplicado.</translation>
    </message>
    <message>
        <source>Row %1 has the same text, destination (%2) and time; this looks like a duplicate.</source>
        <translation>La fila %1 tiene el mismo texto, destino (%2) y hora; parece un duplicado.</translation>
    </message>
    <message>
        <source>%1 is not a media URL; expected an https:// URL.</source>
        <translation>%1 no es una URL de medio; se espera una URL https://.</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; expected a plain https:// link.</source>
        <translation>%1 lleva un nombre de usuario o una contraseña; se espera un enlace https:// simple.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; a media link in an imported file must start with https://.</source>
        <translation>%1 no está cifrado; un enlace de medio en un archivo importado debe empezar por https://.</translation>
    </message>
    <message>
        <source>%1 can be read day first or month first, and nothing in the file says which. Choose the date order on the mapping page (almanac-cli: --date-order dmy or mdy).</source>
        <translation>%1 puede leerse con el día primero o con el mes primero, y nada en el archivo dice cuál. Elige el orden de las fechas en la página de asignación de columnas (almanac-cli: --date-order dmy o mdy).</translation>
    </message>
    <message>
        <source>no account is connected yet; connect one first (File &gt; Publishing Accounts or Hosted Schedulers)</source>
        <translation>todavía no hay ninguna cuenta conectada; conecta una primero (Archivo &gt; Cuentas de publicación o Programadores alojados)</translation>
    </message>
    <message>
        <source>is empty, but %1 has a time (%2); give the date it belongs to.</source>
        <translation>está vacío, pero %1 tiene una hora (%2); indique la fecha a la que pertenece.</translation>
    </message>
    <message>
        <source>%1 is a time, but %2 has one already (%3); keep the time in one column.</source>
        <translation>%1 es una hora, pero %2 ya tiene una (%3); deje la hora en una sola columna.</translation>
    </message>
    <message>
        <source>%1 is not a time of day Almanac can read; expected 14:30, 2:30 PM or 9:00.</source>
        <translation>%1 no es una hora que Almanac sepa leer; se esperaba 14:30, 2:30 PM o 9:00.</translation>
    </message>
</context>
<context>
    <name>SavePostCommand</name>
    <message>
        <source>Edit post</source>
        <translation>Editar publicación</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>Could not record the published post</source>
        <translation>No se pudo registrar la publicación publicada</translation>
    </message>
    <message>
        <source>Could not record the failure</source>
        <translation>No se pudo registrar el fallo</translation>
    </message>
    <message>
        <source>Could not record the retry</source>
        <translation>No se pudo registrar el reintento</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s start</source>
        <translation>No se pudo registrar el inicio del programador</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s round</source>
        <translation>No se pudo registrar la ronda del programador</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s stop</source>
        <translation>No se pudo registrar la parada del programador</translation>
    </message>
    <message>
        <source>Could not claim the post</source>
        <translation>No se pudo reservar la publicación</translation>
    </message>
    <message>
        <source>Could not record the send</source>
        <translation>No se pudo registrar el envío</translation>
    </message>
    <message>
        <source>Could not record that the post went out</source>
        <translation>No se pudo registrar que la publicación salió</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>los datos están ocupados</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No webhook URL for the account %1: %2 Enter it in Publishing Accounts, or set %3.</source>
        <translation>No hay URL de webhook para la cuenta %1: %2 Escríbela en Cuentas de publicación o define %3.</translation>
    </message>
    <message>
        <source>No API key for the provider %1: %2 Store one in File → Hosted Schedulers (Set API Key), with &quot;almanac-cli provider set-key %1&quot;, or set %3.</source>
        <translation>No hay clave de API para el proveedor %1: %2 Guarda una en Archivo → Programadores alojados (Guardar clave de API), con «almanac-cli provider set-key %1», o define %3.</translation>
    </message>
    <message>
        <source>No secret for the account %1: %2 Store one in File → Publishing Accounts, with &quot;almanac-cli secret set %1&quot;, or set %3.</source>
        <translation>No hay secreto para la cuenta %1: %2 Guarda uno en Archivo → Cuentas de publicación, con «almanac-cli secret set %1», o define %3.</translation>
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
        <translation>Quién puede responder</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>Tipo de publicación</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Who can watch</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Permitir dúos</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Permitir stitches</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Permitir comentarios</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Creado para niños</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Thumbnail link</source>
        <translation>Enlace de la miniatura</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>People you follow</source>
        <translation>Las personas que sigue</translation>
    </message>
    <message>
        <source>People you mention</source>
        <translation>Las personas que menciona</translation>
    </message>
    <message>
        <source>Your subscribers</source>
        <translation>Sus suscriptores</translation>
    </message>
    <message>
        <source>Verified accounts</source>
        <translation>Cuentas verificadas</translation>
    </message>
    <message>
        <source>Feed post</source>
        <translation>Publicación en el feed</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Friends who follow you back</source>
        <translation>Amigos que también le siguen</translation>
    </message>
    <message>
        <source>Your followers</source>
        <translation>Sus seguidores</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Solo usted</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>No listado</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Solo seguidores</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Solo las personas mencionadas</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Advertencia de contenido</translation>
    </message>
    <message>
        <source>Card for the first link</source>
        <translation>Tarjeta del primer enlace</translation>
    </message>
</context>
<context>
    <name>SqliteClaims</name>
    <message>
        <source>Could not claim the post</source>
        <translation>No se pudo reservar la publicación</translation>
    </message>
    <message>
        <source>Could not claim the provider account: the store is busy</source>
        <translation>No se pudo reservar la cuenta del proveedor: los datos están ocupados</translation>
    </message>
    <message>
        <source>Could not claim the provider account</source>
        <translation>No se pudo reservar la cuenta del proveedor</translation>
    </message>
    <message>
        <source>Could not renew the claim</source>
        <translation>No se pudo prolongar la reserva</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>No se pudieron leer los datos</translation>
    </message>
    <message>
        <source>Could not release the claim</source>
        <translation>No se pudo liberar la reserva</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>No se pueden leer los datos %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La copia de seguridad en %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it is not an SQLite database).</source>
        <translation>%1 no es una copia de seguridad de Almanac (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 is not an Almanac backup (it has no posts, destinations and accounts).</source>
        <translation>%1 no es una copia de seguridad de Almanac (no tiene publicaciones, destinos ni cuentas).</translation>
    </message>
    <message>
        <source>%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.</source>
        <translation>%1 procede de un Almanac más nuevo (versión de datos %2; este lee hasta la %3). Actualiza Almanac para restaurarla.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for a copy of the current store.</source>
        <translation>No se puede crear la carpeta %1 para una copia de los datos actuales.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first. %1</source>
        <translation>No se restauró nada: no se pudieron copiar antes los datos actuales. %1</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>No se pueden escribir los datos %1: %2</translation>
    </message>
    <message>
        <source>The restore failed and the store is as it was: %1</source>
        <translation>La restauración falló y los datos siguen como estaban: %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1. The store before it is in %2.</source>
        <translation>La copia se restauró, pero no se pudo poner al día: %1. Los datos anteriores están en %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta de copias %1.</translation>
    </message>
</context>
<context>
    <name>SyncProvider</name>
    <message>
        <source>The server asked to wait (HTTP %1)%2</source>
        <translation>El servidor pidió esperar (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2</source>
        <translation>El servidor falló (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Refused by the server (HTTP %1): %2</source>
        <translation>Rechazada por el servidor (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>WebhookPublisher</name>
    <message>
        <source>Almanac is connected: posts for %1 will appear here.</source>
        <translation>Almanac está conectado: las publicaciones para %1 aparecerán aquí.</translation>
    </message>
    <message>
        <source>The webhook accepted a test event.</source>
        <translation>El webhook aceptó un evento de prueba.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>El webhook respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The webhook refused the post (HTTP %1): %2</source>
        <translation>El webhook rechazó la publicación (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The account %1 has no usable webhook URL: %2</source>
        <translation>La cuenta %1 no tiene una URL de webhook utilizable: %2</translation>
    </message>
</context>
<context>
    <name>WebhookUrlMigration</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>No se pudieron leer los datos: %1</translation>
    </message>
    <message>
        <source>The webhook URL of %1 stays in the store for now: %2</source>
        <translation>La URL del webhook de %1 se queda por ahora en los datos: %2</translation>
    </message>
    <message>
        <source>Could not update the store: %1</source>
        <translation>No se pudieron actualizar los datos: %1</translation>
    </message>
</context>
<context>
    <name>almanacd</name>
    <message>
        <source>Almanac&apos;s scheduler and sync, without the window.</source>
        <translation>El programador y la sincronización de Almanac, sin la ventana.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Usar los datos de RUTA.</translation>
    </message>
    <message>
        <source>Seconds between scheduler rounds (default 30).</source>
        <translation>Segundos entre rondas del programador (30 por defecto).</translation>
    </message>
    <message>
        <source>Publish posts up to MINUTES late; later ones wait for the user (default: the window&apos;s setting, 15).</source>
        <translation>Publicar las publicaciones con hasta MINUTOS de retraso; las más tardías esperan al usuario (por defecto: el ajuste de la ventana, 15).</translation>
    </message>
    <message>
        <source>Hold a post being published for SECONDS at a time, renewed while it runs: how long another scheduler waits to take over if this one is killed (default 120).</source>
        <translation>Retener una publicación que se está publicando SEGUNDOS cada vez, renovados mientras dura: lo que otro programador espera para continuar si este se detiene (por defecto 120).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Almanac, the offline-first content calendar.</source>
        <translation>Almanac, el calendario de contenidos que funciona sin conexión.</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>Usar los datos de RUTA.</translation>
    </message>
    <message>
        <source>Try Almanac on a sample content plan in a temporary store (your own store is not touched).</source>
        <translation>Probar Almanac con un plan de contenidos de ejemplo en unos datos temporales (los tuyos no se tocan).</translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation>Un archivo CSV que importar.</translation>
    </message>
    <message>
        <source>Almanac cannot start</source>
        <translation>Almanac no puede iniciarse</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>No se pudieron abrir los datos.

%1</translation>
    </message>
</context>
</TS>
