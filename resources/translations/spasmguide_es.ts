<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityText</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>heat</source>
        <translation>calor</translation>
    </message>
    <message>
        <source>Heat: %1, %2 (the full time)</source>
        <translation>Calor: %1, %2 (el tiempo completo)</translation>
    </message>
    <message>
        <source>Heat: %1, %2 of %3 planned, stopped early</source>
        <translation>Calor: %1, %2 de %3 previstos, detenido antes</translation>
    </message>
    <message numerus="yes">
        <source>Slow breathing: %n breath(s) in %1, in %2 s and out %3 s</source>
        <translation>
            <numerusform>Respiración lenta: %n respiración en %1, tomar aire %2 s y soltarlo %3 s</numerusform>
            <numerusform>Respiración lenta: %n respiraciones en %1, tomar aire %2 s y soltarlo %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Medicine taken: %1</source>
        <translation>Medicamento tomado: %1</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No check-ins yet</source>
        <translation>Aún no hay registros</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <source>Pain over time: no check-ins yet.</source>
        <translation>Evolución del dolor: aún no hay registros.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <source>pain %1</source>
        <translation>dolor %1</translation>
    </message>
    <message>
        <source>⚠ new warning sign</source>
        <translation>⚠ nueva señal de alarma</translation>
    </message>
    <message>
        <source>heat %1 min</source>
        <translation>calor %1 min</translation>
    </message>
    <message>
        <source>pain not rated</source>
        <translation>dolor sin valorar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SpasmGuide: guided first aid for an acute low-back spasm.</source>
        <translation>SpasmGuide: primeros auxilios guiados para un espasmo lumbar agudo.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Keep all user data, settings and logs in &lt;dir&gt;.</source>
        <translation>Guarda en &lt;dir&gt; todos los datos del usuario, la configuración y los logs.</translation>
    </message>
    <message>
        <source>Load the guide from the content root &lt;dir&gt; (locale folders).</source>
        <translation>Carga la guía desde la raíz de contenido &lt;dir&gt; (carpetas por idioma).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example en) instead of the system&apos;s.</source>
        <translation>Usa el idioma &lt;code&gt; (por ejemplo, en) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>Save every screen as &lt;dir&gt;/&lt;screen-id&gt;.png (1280×800) and exit.</source>
        <translation>Guarda cada pantalla como &lt;dir&gt;/&lt;screen-id&gt;.png (1280×800) y sale.</translation>
    </message>
    <message>
        <source>Exit as soon as the first screen is painted (for benchmarks).</source>
        <translation>Sale en cuanto se dibuja la primera pantalla (para pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>Export the episode log to &lt;file&gt; (.csv: one row per check-in; .json: everything) and exit.</source>
        <translation>Exporta el diario de episodios a &lt;file&gt; (.csv: una fila por registro; .json: todo) y sale.</translation>
    </message>
    <message>
        <source>Merge a .json export &lt;file&gt; into the episode log and exit.</source>
        <translation>Incorpora una exportación .json &lt;file&gt; al diario de episodios y sale.</translation>
    </message>
    <message>
        <source>Start on the screen &lt;screen-id&gt; (for example step-medicate) instead of the warning-sign check, to review it.</source>
        <translation>Empieza en la pantalla &lt;screen-id&gt; (por ejemplo, step-medicate) en lugar de la comprobación de señales de alarma, para revisarla.</translation>
    </message>
    <message>
        <source>Also print debug messages.</source>
        <translation>Muestra también los mensajes de depuración.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Check the content root &lt;dir&gt; and exit: 0 valid (warnings allowed), 1 errors, 2 usage error.</source>
        <translation>Comprueba la raíz de contenido &lt;dir&gt; y termina: 0 válida (se permiten advertencias), 1 errores, 2 error de uso.</translation>
    </message>
    <message>
        <source>How --validate-content reports: gcc (file:line:col: lines on stderr, the default) or json (one report on stdout, for tools).</source>
        <translation>Cómo informa --validate-content: gcc (líneas archivo:línea:columna: en stderr, por defecto) o json (un informe en stdout, para herramientas).</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use gcc or json</source>
        <translation>--format desconocido &quot;%1&quot;: use gcc o json</translation>
    </message>
    <message>
        <source>--format only applies to --validate-content</source>
        <translation>--format solo se aplica a --validate-content</translation>
    </message>
    <message>
        <source>Save a report for your clinician (PDF, one or two pages) to &lt;file.pdf&gt; and exit.</source>
        <translation>Guarda un informe para su profesional sanitario (PDF, una o dos páginas) en &lt;file.pdf&gt; y sale.</translation>
    </message>
    <message>
        <source>Start with sample data in a temporary folder (also with --report and --export); your own log, settings and logs are never read or written.</source>
        <translation>Empieza con datos de ejemplo en una carpeta temporal (también con --report y --export); nunca se leen ni se escriben su diario, su configuración ni sus logs.</translation>
    </message>
    <message>
        <source>--demo keeps its sample data in a temporary folder: it takes neither --data-dir nor --import</source>
        <translation>--demo guarda sus datos de ejemplo en una carpeta temporal: no admite --data-dir ni --import</translation>
    </message>
    <message>
        <source>Show the emergency numbers of the country &lt;code&gt; (a two-letter ISO 3166-1 code such as GB, IN or JP; any case) instead of the one in Settings or the system&apos;s, for this run only.</source>
        <translation>Muestra los números de emergencia del país &lt;code&gt; (un código ISO 3166-1 de dos letras, como GB, IN o JP; mayúsculas o minúsculas) en lugar del de Ajustes o del sistema, solo en esta ejecución.</translation>
    </message>
    <message>
        <source>Unknown --region &quot;%1&quot;: use a two-letter ISO 3166-1 country code, such as GB, IN or JP. The countries the guide has numbers for are the &quot;region&quot; codes in content/en/emergency-numbers.json; any other valid code shows the advice for an unknown country.</source>
        <translation>--region desconocido &quot;%1&quot;: use un código de país ISO 3166-1 de dos letras, como GB, IN o JP. Los países con números en la guía son los códigos &quot;region&quot; de content/en/emergency-numbers.json; cualquier otro código válido muestra el consejo para un país desconocido.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>No temporary folder for the demo could be made (%1).</source>
        <translation>No se pudo crear una carpeta temporal para la demostración (%1).</translation>
    </message>
    <message>
        <source>The sample data could not be written (%1).</source>
        <translation>No se pudieron escribir los datos de ejemplo (%1).</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>%1 — first noted %2</source>
        <translation>%1 — anotada por primera vez %2</translation>
    </message>
    <message>
        <source>at %1 today</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. Tell the call handler:</source>
        <translation>Todavía no hay nada registrado. Diga a quien atienda la llamada:</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>A new emergency sign, reported at a check-in %1</source>
        <translation>Una señal de emergencia nueva, indicada en un registro %1</translation>
    </message>
    <message>
        <source>None ticked. Say which signs you have, and when they started.</source>
        <translation>No ha marcado ninguna. Diga qué señales tiene y cuándo empezaron.</translation>
    </message>
    <message>
        <source>This episode of back pain</source>
        <translation>Este episodio de dolor de espalda</translation>
    </message>
    <message>
        <source>Began %1</source>
        <translation>Empezó %1</translation>
    </message>
    <message>
        <source>Say when your back pain began.</source>
        <translation>Diga cuándo empezó su dolor de espalda.</translation>
    </message>
    <message>
        <source>Medicines taken today</source>
        <translation>Medicamentos tomados hoy</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>None logged today. Say any medicines you have taken today, and when.</source>
        <translation>Hoy no ha registrado ninguno. Diga qué medicamentos ha tomado hoy y cuándo.</translation>
    </message>
    <message>
        <source>Also important</source>
        <translation>También es importante</translation>
    </message>
    <message>
        <source>SpasmGuide · handover card</source>
        <translation>SpasmGuide · tarjeta para la llamada</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heat session(s)</source>
        <translation>
            <numerusform>%n sesión de calor</numerusform>
            <numerusform>%n sesiones de calor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing session(s)</source>
        <translation>
            <numerusform>%n sesión de respiración</numerusform>
            <numerusform>%n sesiones de respiración</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s) taken</source>
        <translation>
            <numerusform>%n medicamento tomado</numerusform>
            <numerusform>%n medicamentos tomados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan tick(s)</source>
        <translation>
            <numerusform>%n marca del plan</numerusform>
            <numerusform>%n marcas del plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern-finder result(s)</source>
        <translation>
            <numerusform>%n resultado del buscador de patrones</numerusform>
            <numerusform>%n resultados del buscador de patrones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back check(s)</source>
        <translation>
            <numerusform>%n revisión de la espalda</numerusform>
            <numerusform>%n revisiones de la espalda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added</source>
        <translation>
            <numerusform>se añadió %1</numerusform>
            <numerusform>se añadieron %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 updated from the file</source>
        <translation>
            <numerusform>se actualizó %1 con el archivo</numerusform>
            <numerusform>se actualizaron %1 con el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought back: changed in the file after you deleted it here</source>
        <translation>
            <numerusform>se recuperó %1: cambió en el archivo después de que lo borrara aquí</numerusform>
            <numerusform>se recuperaron %1: cambiaron en el archivo después de que los borrara aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept as you edited it here</source>
        <translation>
            <numerusform>se mantuvo %1 tal como lo editó aquí</numerusform>
            <numerusform>se mantuvieron %1 tal como los editó aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 left deleted, as you deleted it here</source>
        <translation>
            <numerusform>se dejó sin recuperar %1, como lo borró aquí</numerusform>
            <numerusform>se dejaron sin recuperar %1, como los borró aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept in its episode here (the file has it in another)</source>
        <translation>
            <numerusform>se mantuvo %1 en su episodio de aquí (el archivo lo pone en otro)</numerusform>
            <numerusform>se mantuvieron %1 en sus episodios de aquí (el archivo los pone en otros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already here</source>
        <translation>
            <numerusform>%n elemento ya estaba aquí</numerusform>
            <numerusform>%n elementos ya estaban aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>updated from the file</source>
        <translation>actualizado con el archivo</translation>
    </message>
    <message>
        <source>brought back: changed in the file after you deleted it here</source>
        <translation>recuperado: cambió en el archivo después de que lo borrara aquí</translation>
    </message>
    <message>
        <source>kept as you edited it here</source>
        <translation>mantenido tal como lo editó aquí</translation>
    </message>
    <message>
        <source>left deleted, as you deleted it here</source>
        <translation>sin recuperar, como lo borró aquí</translation>
    </message>
    <message>
        <source>kept in its episode here; the file has it in another</source>
        <translation>mantenido en su episodio de aquí; el archivo lo pone en otro</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>ya estaba aquí</translation>
    </message>
    <message>
        <source>Episode from %1</source>
        <translation>Episodio del %1</translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation>Registro del %1</translation>
    </message>
    <message>
        <source>Heat session of %1</source>
        <translation>Sesión de calor del %1</translation>
    </message>
    <message>
        <source>Breathing session of %1</source>
        <translation>Sesión de respiración del %1</translation>
    </message>
    <message>
        <source>Medicine taken at %1</source>
        <translation>Medicamento tomado el %1</translation>
    </message>
    <message>
        <source>Plan tick (%1)</source>
        <translation>Marca del plan (%1)</translation>
    </message>
    <message>
        <source>Pattern-finder result of %1</source>
        <translation>Resultado del buscador de patrones del %1</translation>
    </message>
    <message>
        <source>Back check of %1</source>
        <translation>Revisión de la espalda del %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The file held no records.</source>
        <translation>El archivo no contenía ningún elemento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, desde %2: %3</translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message numerus="yes">
        <source>“%1” came before %2 of your %n episode(s).</source>
        <translation>
            <numerusform>«%1» ocurrió antes de %2 de su %n episodio.</numerusform>
            <numerusform>«%1» ocurrió antes de %2 de sus %n episodios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” made it worse in %2 of your %n episode(s).</source>
        <translation>
            <numerusform>«%1» lo empeoró en %2 de su %n episodio.</numerusform>
            <numerusform>«%1» lo empeoró en %2 de sus %n episodios.</numerusform>
        </translation>
    </message>
    <message>
        <source>No trigger or “made it worse” item has been noted in more than one episode yet.</source>
        <translation>Todavía no se ha anotado ningún desencadenante ni nada que lo empeorara en más de un episodio.</translation>
    </message>
    <message>
        <source>Too few check-ins follow heat, medication, movement or breathing yet to compare what helped.</source>
        <translation>Todavía hay pocos registros después del calor, la medicación, el movimiento o la respiración para comparar qué ayudó.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was followed by pain %2 points lower on average at the next check-in (%n time(s)).</source>
        <translation>
            <numerusform>%1: en el registro siguiente, el dolor fue de media %2 puntos menor (%n vez).</numerusform>
            <numerusform>%1: en el registro siguiente, el dolor fue de media %2 puntos menor (%n veces).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was followed by pain %2 points higher on average at the next check-in (%n time(s)).</source>
        <translation>
            <numerusform>%1: en el registro siguiente, el dolor fue de media %2 puntos mayor (%n vez).</numerusform>
            <numerusform>%1: en el registro siguiente, el dolor fue de media %2 puntos mayor (%n veces).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was followed by about the same pain at the next check-in (%n time(s)).</source>
        <translation>
            <numerusform>%1: en el registro siguiente, el dolor fue más o menos el mismo (%n vez).</numerusform>
            <numerusform>%1: en el registro siguiente, el dolor fue más o menos el mismo (%n veces).</numerusform>
        </translation>
    </message>
    <message>
        <source>These show what came before less pain, not what caused it.</source>
        <translation>Esto muestra lo que ocurrió antes de que el dolor bajara, no lo que lo causó.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>alrededor de %n día</numerusform>
            <numerusform>alrededor de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log has no episodes yet. Insights appear here once you have logged a few.</source>
        <translation>Su diario aún no tiene episodios. Las conclusiones aparecerán aquí cuando haya registrado algunos.</translation>
    </message>
    <message numerus="yes">
        <source>After %n episode(s) there is not enough to see a pattern yet. Each episode you log adds to the picture.</source>
        <translation>
            <numerusform>Con %n episodio aún no hay suficiente para ver un patrón. Cada episodio que registre completa la imagen.</numerusform>
            <numerusform>Con %n episodios aún no hay suficiente para ver un patrón. Cada episodio que registre completa la imagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have logged %n episode(s). Usually about %1 days passed between one and the next, about %2 a month.</source>
        <translation>
            <numerusform>Ha registrado %n episodio. Normalmente pasaron unos %1 días entre uno y el siguiente, unos %2 al mes.</numerusform>
            <numerusform>Ha registrado %n episodios. Normalmente pasaron unos %1 días entre uno y el siguiente, unos %2 al mes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have logged %n episode(s).</source>
        <translation>
            <numerusform>Ha registrado %n episodio.</numerusform>
            <numerusform>Ha registrado %n episodios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n episode(s) that ended lasted %1 as a rule; the longest, %2.</source>
        <translation>
            <numerusform>El %n episodio que terminó duró por lo general %1; el más largo, %2.</numerusform>
            <numerusform>Los %n episodios que terminaron duraron por lo general %1; el más largo, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No episode has been ended yet, so there is no length to report.</source>
        <translation>Todavía no ha terminado ningún episodio, así que no hay duración que mostrar.</translation>
    </message>
    <message>
        <source>At its worst, pain reached %1 out of 10 on average; the highest was %2.</source>
        <translation>En su peor momento, el dolor llegó de media a %1 sobre 10; el más alto fue %2.</translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Abre %1 en su navegador web</translation>
    </message>
</context>
<context>
    <name>LogBanner</name>
    <message>
        <source>The disk is full, so your episode log at %1 could not be opened and logging is switched off. Nothing was changed. Free some space on that disk, then press Try again.</source>
        <translation>El disco está lleno, así que no se pudo abrir tu registro de episodios en %1 y el registro está desactivado. No se cambió nada. Libera algo de espacio en ese disco y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Your episode log is read-only: History, export and the report work, but nothing new can be saved. %1</source>
        <translation>Tu registro de episodios es de solo lectura: el historial, la exportación y el informe funcionan, pero no se puede guardar nada nuevo. %1</translation>
    </message>
    <message>
        <source>Your episode log at %1 is in use by another program, probably another copy of SpasmGuide, so logging is switched off. Close the other program, then press Try again.</source>
        <translation>Otro programa está usando tu registro de episodios en %1, probablemente otra copia de SpasmGuide, así que el registro está desactivado. Cierra el otro programa y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Your episode log at %1 could not be opened, so logging is switched off and nothing was changed. When it or its folder can be written again, press Try again.</source>
        <translation>No se pudo abrir tu registro de episodios en %1, así que el registro está desactivado y no se cambió nada. Cuando se pueda volver a escribir en él o en su carpeta, pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Your episode log at %1 was saved by a newer version of SpasmGuide, so logging is switched off and the log was left as it is. Update SpasmGuide to keep logging.</source>
        <translation>Tu registro de episodios en %1 se guardó con una versión más reciente de SpasmGuide, así que el registro está desactivado y se ha dejado tal como estaba. Actualiza SpasmGuide para seguir registrando.</translation>
    </message>
</context>
<context>
    <name>LogExchange</name>
    <message>
        <source>Export to a file ending in .csv or .json, not %1.</source>
        <translation>Exporte a un archivo que termine en .csv o .json, no %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir en %1.</translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was changed.</source>
        <translation>La exportación falló (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Se canceló la exportación. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>No se pudo reemplazar %1.</translation>
    </message>
    <message>
        <source>Exported your log to %1.</source>
        <translation>Su diario se exportó a %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Se importó %1. %2</translation>
    </message>
</context>
<context>
    <name>LogVocabulary</name>
    <message>
        <source>Lifting</source>
        <translation>Levantar peso</translation>
    </message>
    <message>
        <source>Twisting</source>
        <translation>Girar el tronco</translation>
    </message>
    <message>
        <source>Prolonged sitting</source>
        <translation>Pasar mucho tiempo sentado</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Dormir mal</translation>
    </message>
    <message>
        <source>Dehydration</source>
        <translation>Deshidratación</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>Forcing deep stretching into sharp pain</source>
        <translation>Forzar estiramientos profundos hasta sentir un dolor agudo</translation>
    </message>
    <message>
        <source>Trying to “push through” with heavy lifting</source>
        <translation>Intentar «aguantar» levantando objetos pesados</translation>
    </message>
    <message>
        <source>Long static postures without breaks</source>
        <translation>Mantener la misma postura mucho tiempo sin descansos</translation>
    </message>
    <message>
        <source>Breath-holding or panic breathing</source>
        <translation>Contener la respiración o respirar de forma agitada por el pánico</translation>
    </message>
    <message>
        <source>Applying ice during the acute phase</source>
        <translation>Aplicar hielo durante la fase aguda</translation>
    </message>
</context>
<context>
    <name>RegionLine</name>
    <message>
        <source>The emergency number is the one you set in Settings.</source>
        <translation>El número de emergencia es el que usted indicó en Ajustes.</translation>
    </message>
    <message>
        <source>Numbers for %1, with your own emergency number from Settings.</source>
        <translation>Números de %1, con su propio número de emergencia de Ajustes.</translation>
    </message>
    <message>
        <source>Numbers for %1.</source>
        <translation>Números de %1.</translation>
    </message>
    <message>
        <source>This guide has no numbers for the region “%1”.</source>
        <translation>Esta guía no tiene números para la región «%1».</translation>
    </message>
    <message>
        <source>Your country is not known.</source>
        <translation>No se sabe en qué país está.</translation>
    </message>
    <message>
        <source>From a mobile phone, 112 reaches the emergency services in most of the world, and 911 does across the Americas.</source>
        <translation>Desde un teléfono móvil, el 112 llega a los servicios de emergencia en la mayor parte del mundo, y el 911 en toda América.</translation>
    </message>
    <message>
        <source>&amp;Change country</source>
        <translation>&amp;Cambiar de país</translation>
    </message>
    <message>
        <source>&amp;Choose your country</source>
        <translation>Es&amp;coger su país</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Cambiar de país</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Escoger su país</translation>
    </message>
    <message>
        <source>Choose the country you are in, in Settings (Alt+C)</source>
        <translation>Elija el país en el que está, en Ajustes (Alt+C)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>SpasmGuide %1 · guide content %2 · not a diagnosis</source>
        <translation>SpasmGuide %1 · contenido de la guía %2 · no es un diagnóstico</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Nothing was saved.</source>
        <translation>No se puede escribir %1 (%2). No se guardó nada.</translation>
    </message>
    <message>
        <source>SpasmGuide report for my clinician</source>
        <translation>Informe de SpasmGuide para mi profesional sanitario</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>No se pudo escribir %1 (%2). No se guardó nada.</translation>
    </message>
    <message>
        <source>The log could not be read (%1). No report was made.</source>
        <translation>No se pudo leer el diario (%1). No se hizo ningún informe.</translation>
    </message>
    <message>
        <source>Save the report to a file ending in .pdf, not %1.</source>
        <translation>Guarde el informe en un archivo que termine en .pdf, no en %1.</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to %1.</source>
        <translation>Informe para su profesional sanitario guardado en %1.</translation>
    </message>
    <message>
        <source>SpasmGuide: report for my clinician</source>
        <translation>SpasmGuide: informe para mi profesional sanitario</translation>
    </message>
    <message>
        <source>Period covered: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <source>Made on %1 by SpasmGuide %2, guide content version %3.</source>
        <translation>Hecho el %1 con SpasmGuide %2, versión del contenido de la guía %3.</translation>
    </message>
    <message>
        <source>Not a diagnosis: a log the patient kept in a self-care app. Pain is their own rating from 0 (none) to 10 (worst imaginable). The app gives no doses and no medical advice.</source>
        <translation>No es un diagnóstico: es un diario que el paciente llevó en una aplicación de autocuidado. El dolor es su propia valoración de 0 (nada) a 10 (el peor imaginable). La aplicación no da dosis ni consejo médico.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>No episode was recorded in this period.</source>
        <translation>No se registró ningún episodio en este periodo.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Peak pain</source>
        <translation>Dolor máximo</translation>
    </message>
    <message>
        <source>Latest pain</source>
        <translation>Último dolor</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Pain over the period (0–10)</source>
        <translation>Dolor durante el periodo (0–10)</translation>
    </message>
    <message>
        <source>Warning signs: every “yes” in the log</source>
        <translation>Señales de alarma: cada “sí” del diario</translation>
    </message>
    <message>
        <source>No warning sign was ever reported in this log.</source>
        <translation>En este diario nunca se indicó ninguna señal de alarma.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Signs reported</source>
        <translation>Señales indicadas</translation>
    </message>
    <message>
        <source>Warning-sign check</source>
        <translation>Comprobación de señales de alarma</translation>
    </message>
    <message>
        <source>Check-in: “anything new?”</source>
        <translation>Registro: “¿algo nuevo?”</translation>
    </message>
    <message>
        <source>Yes, no sign named</source>
        <translation>Sí, sin indicar la señal</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Posibles desencadenantes</translation>
    </message>
    <message>
        <source>Made it worse</source>
        <translation>Lo empeoró</translation>
    </message>
    <message>
        <source>Medications recorded</source>
        <translation>Medicamentos registrados</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>Ninguno registrado en este periodo.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>Name, as recorded</source>
        <translation>Nombre, tal como se registró</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Causes drowsiness (the guide says: do not drive)</source>
        <translation>Causa somnolencia (la guía dice: no conduzca)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in this period, </source>
        <translation>
            <numerusform>%n episodio en este periodo, </numerusform>
            <numerusform>%n episodios en este periodo, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s).</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier episode(s) of this period are not listed; an export of the log has them all.</source>
        <translation>
            <numerusform>%n episodio anterior de este periodo no aparece; una exportación del diario los tiene todos.</numerusform>
            <numerusform>%n episodios anteriores de este periodo no aparecen; una exportación del diario los tiene todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier answer(s) not listed.</source>
        <translation>
            <numerusform>%n respuesta anterior no aparece.</numerusform>
            <numerusform>%n respuestas anteriores no aparecen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this period, %n check(s) found none of the warning signs.</source>
        <translation>
            <numerusform>En este periodo, %n comprobación no encontró ninguna señal de alarma.</numerusform>
            <numerusform>En este periodo, %n comprobaciones no encontraron ninguna señal de alarma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Triggers and what made it worse (check-ins naming each, of %n)</source>
        <translation>
            <numerusform>Desencadenantes y lo que lo empeoró (registros que nombran cada uno, de %n)</numerusform>
            <numerusform>Desencadenantes y lo que lo empeoró (registros que nombran cada uno, de %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier record(s) not listed.</source>
        <translation>
            <numerusform>%n registro anterior no aparece.</numerusform>
            <numerusform>%n registros anteriores no aparecen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat and breathing sessions</source>
        <translation>Sesiones de calor y de respiración</translation>
    </message>
    <message numerus="yes">
        <source>Heat timer: %n session(s), </source>
        <translation>
            <numerusform>Temporizador de calor: %n sesión, </numerusform>
            <numerusform>Temporizador de calor: %n sesiones, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of heat in all, </source>
        <translation>
            <numerusform>%n minuto de calor en total, </numerusform>
            <numerusform>%n minutos de calor en total, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run to the end.</source>
        <translation>
            <numerusform>%n llegó hasta el final.</numerusform>
            <numerusform>%n llegaron hasta el final.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slow breathing: %n session(s), </source>
        <translation>
            <numerusform>Respiración lenta: %n sesión, </numerusform>
            <numerusform>Respiración lenta: %n sesiones, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all, </source>
        <translation>
            <numerusform>%n minuto en total, </numerusform>
            <numerusform>%n minutos en total, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s).</source>
        <translation>
            <numerusform>%n respiración.</numerusform>
            <numerusform>%n respiraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pattern finder (the person&apos;s own answers)</source>
        <translation>Buscador de patrones (las respuestas de la propia persona)</translation>
    </message>
    <message>
        <source>On %1 the answers pointed to none of the common patterns.</source>
        <translation>El %1 las respuestas no apuntaron a ninguno de los patrones habituales.</translation>
    </message>
    <message>
        <source>On %1 the answers fitted: %2.</source>
        <translation>El %1 las respuestas encajaron con: %2.</translation>
    </message>
    <message>
        <source>Possible drivers to discuss, not a diagnosis.</source>
        <translation>Posibles causas para comentar, no un diagnóstico.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the log are left out: their dates cannot be right (before 1970, in the future, or ending before they start).</source>
        <translation>
            <numerusform>Se omite %n elemento del registro: sus fechas no pueden ser correctas (antes de 1970, en el futuro o con un final anterior al inicio).</numerusform>
            <numerusform>Se omiten %n elementos del registro: sus fechas no pueden ser correctas (antes de 1970, en el futuro o con un final anterior al inicio).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerminalProgress</name>
    <message numerus="yes">
        <source>Importing: %Ln record(s), %1% of the file</source>
        <translation>
            <numerusform>Importando: %Ln elemento, %1% del archivo</numerusform>
            <numerusform>Importando: %Ln elementos, %1% del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln record(s)</source>
        <translation>
            <numerusform>Importando: %Ln elemento</numerusform>
            <numerusform>Importando: %Ln elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1: valid</source>
        <translation>%1: válido</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid, %n error(s)</source>
        <translation>
            <numerusform>%1: no válido, %n error</numerusform>
            <numerusform>%1: no válido, %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::AboutScreen</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Draft, not yet reviewed</source>
        <translation>Borrador, aún sin revisar</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Educational use only</source>
        <translation>Solo para uso educativo</translation>
    </message>
    <message>
        <source>This guide&apos;s content</source>
        <translation>Contenido de esta guía</translation>
    </message>
    <message>
        <source>%1, version %2 (%3)</source>
        <translation>%1, versión %2 (%3)</translation>
    </message>
    <message>
        <source>Source: built into the app</source>
        <translation>Origen: integrado en la aplicación</translation>
    </message>
    <message>
        <source>Source: a content folder chosen with --content</source>
        <translation>Origen: una carpeta de contenido elegida con --content</translation>
    </message>
    <message>
        <source>Review status: %1</source>
        <translation>Estado de revisión: %1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>Revisado por: %1</translation>
    </message>
    <message>
        <source>Review date: %1</source>
        <translation>Fecha de la revisión: %1</translation>
    </message>
    <message>
        <source>Review notes: %1</source>
        <translation>Notas de la revisión: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>SpasmGuide %1 is free software under the GNU General Public License, version 3 or later. The guide text belongs to its author, %2, and is not covered by the GPL. Built with Qt (LGPL 3), nlohmann/json (MIT), SQLite (public domain), spdlog and fmt (MIT) and valijson (BSD 2-clause).</source>
        <translation>SpasmGuide %1 es software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior. El texto de la guía pertenece a su autor, %2, y no está cubierto por la GPL. Creado con Qt (LGPL 3), nlohmann/json (MIT), SQLite (dominio público), spdlog y fmt (MIT) y valijson (BSD de 2 cláusulas).</translation>
    </message>
    <message>
        <source>Warning signs and care advice</source>
        <translation>Señales de alarma y consejos de atención</translation>
    </message>
    <message>
        <source>The three steps</source>
        <translation>Los tres pasos</translation>
    </message>
    <message>
        <source>Common patterns and the pattern finder</source>
        <translation>Patrones frecuentes y buscador de patrones</translation>
    </message>
    <message>
        <source>Day-by-day plan</source>
        <translation>Plan día a día</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Números de emergencia</translation>
    </message>
    <message>
        <source>Review status of each part</source>
        <translation>Estado de revisión de cada parte</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>, as the whole guide</source>
        <translation>, igual que la guía completa</translation>
    </message>
</context>
<context>
    <name>spasmguide::BodyMap</name>
    <message>
        <source>Low back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Debajo de la rodilla</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde le duele</translation>
    </message>
    <message>
        <source>Your left</source>
        <translation>Su izquierda</translation>
    </message>
    <message>
        <source>Your right</source>
        <translation>Su derecha</translation>
    </message>
</context>
<context>
    <name>spasmguide::BreathingScreen</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Breath-holding and panic breathing make a spasm worse in the first days. Follow the circle or the words: breathe in gently, and let the breath out slowly.</source>
        <translation>Contener la respiración o respirar de forma agitada empeora el espasmo en los primeros días. Siga el círculo o las palabras: tome aire con suavidad y suéltelo despacio.</translation>
    </message>
    <message>
        <source>Breathe in for (seconds)</source>
        <translation>Tomar aire durante (segundos)</translation>
    </message>
    <message>
        <source>Breathe out for (seconds)</source>
        <translation>Soltar el aire durante (segundos)</translation>
    </message>
    <message>
        <source>Text only, no animation</source>
        <translation>Solo texto, sin animación</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Tomar aire durante</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Soltar el aire durante</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Pulse Iniciar cuando esté listo.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message numerus="yes">
        <source>Well done. %n slow breath(s).</source>
        <translation>
            <numerusform>Bien hecho. %n respiración lenta.</numerusform>
            <numerusform>Bien hecho. %n respiraciones lentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathe in… %1</source>
        <translation>Tome aire… %1</translation>
    </message>
    <message>
        <source>Breathe out… %1</source>
        <translation>Suelte el aire… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::Callout</name>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>spasmguide::CareScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llame al %1</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Número de emergencias: %1</translation>
    </message>
    <message>
        <source>Do this now</source>
        <translation>Haga esto ahora</translation>
    </message>
    <message>
        <source>Tell the call handler</source>
        <translation>Dígale a quien atienda la llamada</translation>
    </message>
    <message>
        <source>ticked on the warning-sign check</source>
        <translation>marcada en la comprobación de señales de alarma</translation>
    </message>
    <message>
        <source>your answer in the pattern finder</source>
        <translation>su respuesta en el buscador de patrones</translation>
    </message>
    <message>
        <source>marked on the body map</source>
        <translation>marcado en el mapa del cuerpo</translation>
    </message>
    <message>
        <source>your answer at a check-in</source>
        <translation>su respuesta en un registro</translation>
    </message>
    <message>
        <source>Handover card for the call (H)</source>
        <translation>Tarjeta para la llamada (H)</translation>
    </message>
    <message>
        <source>Handover card for the call</source>
        <translation>Tarjeta para la llamada</translation>
    </message>
    <message>
        <source>What to tell the call handler, filled in from what you told the app (H)</source>
        <translation>Qué decir a quien atienda la llamada, con lo que ha indicado en la aplicación (H)</translation>
    </message>
    <message>
        <source>What you told the app</source>
        <translation>Lo que ha indicado en la aplicación</translation>
    </message>
    <message>
        <source>Your handover card lists, in large print to read out, the signs you ticked and when, when this episode began, and the medicines you logged today. Press H to open it.</source>
        <translation>Su tarjeta para la llamada muestra, en letra grande para leerla en voz alta, las señales que ha marcado y cuándo, cuándo empezó este episodio y los medicamentos que ha registrado hoy. Pulse H para abrirla.</translation>
    </message>
    <message>
        <source>Call your local emergency number</source>
        <translation>Llame al número de emergencias local</translation>
    </message>
    <message>
        <source>You can also call %1.</source>
        <translation>También puede llamar al %1.</translation>
    </message>
</context>
<context>
    <name>spasmguide::CheckInScreen</name>
    <message>
        <source>Edit check-in</source>
        <translation>Editar registro</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Where does it hurt? (optional)</source>
        <translation>¿Dónde le duele? (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note (optional, any length)</source>
        <translation>Nota (opcional, sin límite de extensión)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>What you entered stays here until you save</source>
        <translation>Lo que ha introducido se queda aquí hasta que lo guarde</translation>
    </message>
    <message>
        <source>How bad was the pain?</source>
        <translation>¿Cuánto le dolía?</translation>
    </message>
    <message>
        <source>How bad is the pain right now?</source>
        <translation>¿Cuánto le duele ahora mismo?</translation>
    </message>
    <message>
        <source>Pain 0: no pain</source>
        <translation>Dolor 0: sin dolor</translation>
    </message>
    <message>
        <source>Pain 10: worst imaginable</source>
        <translation>Dolor 10: el peor dolor imaginable</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <source>Anything new from the emergency signs?</source>
        <translation>¿Ha aparecido alguna señal de emergencia nueva?</translation>
    </message>
    <message>
        <source>No, nothing new</source>
        <translation>No, nada nuevo</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Yes, something is new</source>
        <translation>Sí, hay algo nuevo</translation>
    </message>
    <message>
        <source>Other triggers, separated by commas</source>
        <translation>Otros desencadenantes, separados por comas</translation>
    </message>
    <message>
        <source>Other triggers</source>
        <translation>Otros desencadenantes</translation>
    </message>
    <message>
        <source>Possible triggers (optional)</source>
        <translation>Posibles desencadenantes (opcional)</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Heat product</source>
        <translation>Producto de calor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Heat minutes</source>
        <translation>Minutos de calor</translation>
    </message>
    <message>
        <source>Medication taken</source>
        <translation>Medicación tomada</translation>
    </message>
    <message>
        <source>Name, as on the pack</source>
        <translation>Nombre, como figura en el envase</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Hora de la toma</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>What I did (optional)</source>
        <translation>Lo que hice (opcional)</translation>
    </message>
    <message>
        <source>What made it worse (optional)</source>
        <translation>Lo que lo empeoró (opcional)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>⚠  At this check-in you reported a new warning sign.</source>
        <translation>⚠  En este registro indicó una nueva señal de alarma.</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable. Keys: 0–9, Up/Down.</source>
        <translation>0 = sin dolor, 10 = el peor dolor imaginable. Teclas: 0–9, flecha arriba/abajo.</translation>
    </message>
    <message>
        <source>Choose a pain number and answer “Anything new?” first</source>
        <translation>Primero elija un número de dolor y responda si hay algo nuevo</translation>
    </message>
</context>
<context>
    <name>spasmguide::ContentProblemsScreen</name>
    <message>
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <source>Content problems, one per line</source>
        <translation>Problemas del contenido, uno por línea</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>No problems: the built-in guide is in use.</source>
        <translation>No hay problemas: se está usando la guía integrada.</translation>
    </message>
    <message>
        <source>No problems in %1.</source>
        <translation>No hay problemas en %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The content in %1 could not be used, so SpasmGuide is showing its built-in guide. Fix the errors and start SpasmGuide again.</source>
        <translation>No se pudo usar el contenido de %1, así que SpasmGuide muestra su guía integrada. Corrija los errores y vuelva a iniciar SpasmGuide.</translation>
    </message>
    <message>
        <source>The latest change in %1 could not be used, so its last good version is still shown. Fix the errors and save again.</source>
        <translation>No se pudo usar el último cambio en %1, así que se sigue mostrando su última versión correcta. Corrija los errores y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The content in %1 is in use.</source>
        <translation>Se está usando el contenido de %1.</translation>
    </message>
    <message>
        <source>%1 Found: %2. Each line reads file:line:column: error or warning: message.</source>
        <translation>%1 Encontrados: %2. Cada línea dice archivo:línea:columna: error o warning (advertencia): mensaje.</translation>
    </message>
</context>
<context>
    <name>spasmguide::EpisodeLog</name>
    <message>
        <source>The episode log is not available, so nothing was changed. What you entered is still on screen.</source>
        <translation>El diario de episodios no está disponible, así que no se cambió nada. Lo que introdujo sigue en la pantalla.</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>No se pudo leer el diario: %1</translation>
    </message>
    <message>
        <source>The episode could not be read: %1</source>
        <translation>No se pudo leer el episodio: %1</translation>
    </message>
    <message>
        <source>The check-ins could not be read: %1</source>
        <translation>No se pudieron leer los registros: %1</translation>
    </message>
    <message>
        <source>The check-in could not be read: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message>
        <source>The episode could not be started: %1</source>
        <translation>No se pudo iniciar el episodio: %1</translation>
    </message>
    <message>
        <source>Your check-in could not be saved (%1). What you entered is still on screen; try Save again.</source>
        <translation>No se pudo guardar su registro (%1). Lo que introdujo sigue en la pantalla; vuelva a pulsar «Guardar registro».</translation>
    </message>
    <message>
        <source>Your changes could not be saved (%1). They are still on screen; try again.</source>
        <translation>No se pudieron guardar sus cambios (%1). Siguen en la pantalla; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This check-in is no longer in your log, so the changes were not saved.</source>
        <translation>Este registro ya no está en su diario, así que los cambios no se guardaron.</translation>
    </message>
    <message>
        <source>The check-in could not be deleted: %1</source>
        <translation>No se pudo eliminar el registro: %1</translation>
    </message>
    <message>
        <source>This episode is no longer in your log, so the changes were not saved.</source>
        <translation>Este episodio ya no está en su diario, así que los cambios no se guardaron.</translation>
    </message>
    <message>
        <source>The episode could not be ended: %1</source>
        <translation>No se pudo finalizar el episodio: %1</translation>
    </message>
    <message>
        <source>The episode could not be deleted: %1</source>
        <translation>No se pudo eliminar el episodio: %1</translation>
    </message>
    <message>
        <source>The plan&apos;s checklist could not be read: %1</source>
        <translation>No se pudo leer la lista del plan: %1</translation>
    </message>
    <message>
        <source>Your tick could not be saved (%1). Try again.</source>
        <translation>No se pudo guardar la marca (%1). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This episode is no longer in your log, so the tick was not saved.</source>
        <translation>Este episodio ya no está en su diario, así que la marca no se guardó.</translation>
    </message>
    <message>
        <source>The saved pattern result could not be read: %1</source>
        <translation>No se pudo leer el resultado de patrón guardado: %1</translation>
    </message>
    <message>
        <source>Your result could not be saved (%1). It is still on screen; try Save again.</source>
        <translation>No se pudo guardar su resultado (%1). Sigue en la pantalla; vuelva a pulsar «Guardar».</translation>
    </message>
    <message>
        <source>This could not be saved in your log (%1). It is still on screen; try again.</source>
        <translation>No se pudo guardar en su diario (%1). Sigue en la pantalla; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This could not be deleted: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
</context>
<context>
    <name>spasmguide::EpisodeScreen</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Pain over time</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <source>Note about this episode</source>
        <translation>Nota sobre este episodio</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Delete episode…</source>
        <translation>Eliminar episodio…</translation>
    </message>
    <message>
        <source>End this episode now</source>
        <translation>Finalizar episodio ahora</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the note, start and end (Ctrl+S)</source>
        <translation>Guardar la nota, el inicio y el final (Ctrl+S)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Sigue en curso</translation>
    </message>
    <message>
        <source>Check-ins, oldest first</source>
        <translation>Registros, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Edit check-in…</source>
        <translation>Editar registro…</translation>
    </message>
    <message>
        <source>Change the selected check-in (Enter)</source>
        <translation>Cambiar el registro seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Delete check-in…</source>
        <translation>Eliminar registro…</translation>
    </message>
    <message>
        <source>This episode is no longer in your log.</source>
        <translation>Este episodio ya no está en su diario.</translation>
    </message>
    <message>
        <source>Episode from %1</source>
        <translation>Episodio del %1</translation>
    </message>
    <message>
        <source>No warning signs were ticked at the start.</source>
        <translation>No se marcó ninguna señal de alarma al inicio.</translation>
    </message>
    <message numerus="yes">
        <source>Warning signs ticked at the start: %n</source>
        <translation>
            <numerusform>Señales de alarma marcadas al inicio: %n</numerusform>
            <numerusform>Señales de alarma marcadas al inicio: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This episode is no longer in your log, so the changes were not saved.</source>
        <translation>Este episodio ya no está en su diario, así que los cambios no se guardaron.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2). Please correct one of them.</source>
        <translation>El final (%1) es anterior al inicio (%2). Corrija uno de los dos.</translation>
    </message>
    <message>
        <source>Delete episode</source>
        <translation>Eliminar episodio</translation>
    </message>
    <message numerus="yes">
        <source>Delete this episode and its %n check-in(s) for good?</source>
        <translation>
            <numerusform>¿Eliminar definitivamente este episodio con %n registro?</numerusform>
            <numerusform>¿Eliminar definitivamente este episodio con sus %n registros?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete this check-in for good?

%1</source>
        <translation>¿Eliminar definitivamente este registro?

%1</translation>
    </message>
    <message>
        <source>Heat, breathing and medicines</source>
        <translation>Calor, respiración y medicamentos</translation>
    </message>
    <message>
        <source>Heat, breathing and medicines, oldest first</source>
        <translation>Calor, respiración y medicamentos, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eliminar entrada…</translation>
    </message>
    <message>
        <source>Remove the selected heat session, breathing session or medicine</source>
        <translation>Eliminar la sesión de calor, la sesión de respiración o el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the heat timer, slow breathing and the medication log add their entries here.</source>
        <translation>Aún no hay nada registrado: el temporizador de calor, la respiración lenta y el registro de medicación añaden aquí sus entradas.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Delete this entry for good?

%1</source>
        <translation>¿Eliminar esta entrada para siempre?

%1</translation>
    </message>
</context>
<context>
    <name>spasmguide::HandoverScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the care screen</source>
        <translation>Volver a la pantalla de atención</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Imprimir la tarjeta…</translation>
    </message>
    <message>
        <source>For the call handler</source>
        <translation>Para quien atienda la llamada</translation>
    </message>
    <message>
        <source>Read this out when the call is answered. Ctrl+R reads it aloud.</source>
        <translation>Léalo cuando contesten la llamada. Ctrl+R lo lee en voz alta.</translation>
    </message>
</context>
<context>
    <name>spasmguide::HeatTimerScreen</name>
    <message>
        <source>Heat timer</source>
        <translation>Temporizador de calor</translation>
    </message>
    <message>
        <source>Heat product</source>
        <translation>Producto de calor</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Place the heat on your lower back, with a layer between it and your skin, then press Start.</source>
        <translation>Coloque el calor en la zona lumbar, con una capa entre el calor y la piel, y pulse Iniciar.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>The timer keeps running</source>
        <translation>El temporizador sigue en marcha</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s).</source>
        <translation>
            <numerusform>Detenido después de %n minuto.</numerusform>
            <numerusform>Detenido después de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n minute(s) of heat.</source>
        <translation>
            <numerusform>Hecho: %n minuto de calor.</numerusform>
            <numerusform>Hecho: %n minutos de calor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>✔  Time is up. Take the heat off and check your skin. If heat increased pain, numbness or odd sensations, stop and reassess.</source>
        <translation>✔  Se acabó el tiempo. Retire el calor y revise su piel. Si el calor aumentó el dolor, el entumecimiento o las sensaciones extrañas, deténgase y reevalúe.</translation>
    </message>
    <message>
        <source>Heat on. Rest and breathe slowly.</source>
        <translation>Calor aplicado. Descanse y respire despacio.</translation>
    </message>
    <message>
        <source>Set minutes</source>
        <translation>Ponga los minutos</translation>
    </message>
    <message>
        <source>Follow the product&apos;s instructions for how long to use it, and set the minutes.</source>
        <translation>Siga las instrucciones del producto sobre cuánto tiempo usarlo, y ponga los minutos.</translation>
    </message>
</context>
<context>
    <name>spasmguide::HistoryScreen</name>
    <message>
        <source>Worse: %1</source>
        <translation>Lo empeoró: %1</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>This episode</source>
        <translation>Este episodio</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>Todos los episodios</translation>
    </message>
    <message>
        <source>Count triggers and what made it worse: %1</source>
        <translation>Contar desencadenantes y lo que lo empeoró: %1</translation>
    </message>
    <message>
        <source>Triggers and what made it worse in the selected episode, by number of check-ins.</source>
        <translation>Desencadenantes y lo que lo empeoró en el episodio seleccionado, según el número de registros.</translation>
    </message>
    <message>
        <source>Counting every check-in in your log…</source>
        <translation>Contando todos los registros de su diario…</translation>
    </message>
    <message>
        <source>The episode log is not available.</source>
        <translation>El diario de episodios no está disponible.</translation>
    </message>
    <message>
        <source>Your log could not be counted just now.</source>
        <translation>Ahora mismo no se pudieron contar los registros de su diario.</translation>
    </message>
    <message numerus="yes">
        <source>Triggers and what made it worse across all %n check-in(s) in your log.</source>
        <translation>
            <numerusform>Desencadenantes y lo que lo empeoró en %n registro de su diario.</numerusform>
            <numerusform>Desencadenantes y lo que lo empeoró en los %n registros de su diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation> (en curso)</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  peak %1  ·  latest %2</source>
        <translation>  ·  máximo %1  ·  último %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Episodes, newest first</source>
        <translation>Episodios, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Show older episodes</source>
        <translation>Ver episodios anteriores</translation>
    </message>
    <message>
        <source>Pain over time</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <source>Triggers and what made it worse</source>
        <translation>Desencadenantes y lo que lo empeoró</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Merge a SpasmGuide .json export into this log</source>
        <translation>Incorporar a este diario una exportación .json de SpasmGuide</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save your log as .csv (a spreadsheet) or .json (everything, re-importable)</source>
        <translation>Guardar su diario como .csv (hoja de cálculo) o .json (todo, se puede volver a importar)</translation>
    </message>
    <message>
        <source>Open episode</source>
        <translation>Abrir episodio</translation>
    </message>
    <message>
        <source>See, edit or delete the selected episode (Enter)</source>
        <translation>Ver, editar o eliminar el episodio seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Opening your log…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <source>No episodes yet. Check in (Ctrl+K) to start one.</source>
        <translation>Aún no hay episodios. Pulse Registrar (Ctrl+K) para empezar uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in your private log.</source>
        <translation>
            <numerusform>%n episodio en su diario privado.</numerusform>
            <numerusform>%n episodios en su diario privado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Episode from %1</source>
        <translation>Episodio del %1</translation>
    </message>
    <message>
        <source>This episode could not be read: %1</source>
        <translation>No se pudo leer este episodio: %1</translation>
    </message>
    <message>
        <source>Report for my clinician…</source>
        <translation>Informe para mi profesional sanitario…</translation>
    </message>
    <message>
        <source>Save a one- or two-page PDF of your log to show your doctor or physiotherapist</source>
        <translation>Guardar un PDF de una o dos páginas de su diario para enseñárselo a su médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>Insights…</source>
        <translation>Conclusiones…</translation>
    </message>
    <message>
        <source>What your episodes have in common: how often, how long, triggers and what helped</source>
        <translation>Lo que tienen en común sus episodios: con qué frecuencia, cuánto duran, desencadenantes y qué ayudó</translation>
    </message>
    <message>
        <source>Check-ins, sessions and medicines of this episode, oldest first</source>
        <translation>Registros, sesiones y medicamentos de este episodio, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>The history of imports could not be read: %1</source>
        <translation>No se pudo leer el historial de importaciones: %1</translation>
    </message>
    <message>
        <source>Imports into this log, latest first:</source>
        <translation>Importaciones a este registro, la más reciente primero:</translation>
    </message>
</context>
<context>
    <name>spasmguide::InsightsScreen</name>
    <message>
        <source>Insights across your episodes</source>
        <translation>Conclusiones de sus episodios</translation>
    </message>
    <message>
        <source>Peak pain in each episode</source>
        <translation>Dolor máximo en cada episodio</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>The episode log is not available.</source>
        <translation>El diario de episodios no está disponible.</translation>
    </message>
    <message>
        <source>Looking through your log…</source>
        <translation>Revisando su diario…</translation>
    </message>
    <message>
        <source>Your log could not be read just now.</source>
        <translation>Ahora mismo no se pudo leer su diario.</translation>
    </message>
    <message numerus="yes">
        <source>From %n check-in(s) in your log.</source>
        <translation>
            <numerusform>A partir de %n registro de su diario.</numerusform>
            <numerusform>A partir de %n registros de su diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::MainWindow</name>
    <message>
        <source>SpasmGuide</source>
        <translation>SpasmGuide</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Record how you are now (Ctrl+K)</source>
        <translation>Registrar cómo se encuentra ahora (Ctrl+K)</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Show what to do in an emergency (Ctrl+G)</source>
        <translation>Mostrar qué hacer en una emergencia (Ctrl+G)</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Ver problemas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the content problems notice</source>
        <translation>Descartar el aviso de problemas del contenido</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Warning-sign &amp;check</source>
        <translation>&amp;Comprobar señales de alarma</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Eliminar todos mis datos…</translation>
    </message>
    <message>
        <source>&amp;Reload content</source>
        <translation>&amp;Recargar contenido</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;About SpasmGuide</source>
        <translation>&amp;Acerca de SpasmGuide</translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation>&amp;Problemas del contenido</translation>
    </message>
    <message>
        <source>Reloading the content…</source>
        <translation>Recargando el contenido…</translation>
    </message>
    <message numerus="yes">
        <source>⚠  The latest change in %1 has %n problem(s), so its last good version is still shown.</source>
        <translation>
            <numerusform>⚠  El último cambio en %1 tiene %n problema, así que se sigue mostrando su última versión correcta.</numerusform>
            <numerusform>⚠  El último cambio en %1 tiene %n problemas, así que se sigue mostrando su última versión correcta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  The content in %1 has %n problem(s), so the built-in guide is shown.</source>
        <translation>
            <numerusform>⚠  El contenido de %1 tiene %n problema, así que se muestra la guía integrada.</numerusform>
            <numerusform>⚠  El contenido de %1 tiene %n problemas, así que se muestra la guía integrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  The content in %1 has %n warning(s).</source>
        <translation>
            <numerusform>⚠  El contenido de %1 tiene %n advertencia.</numerusform>
            <numerusform>⚠  El contenido de %1 tiene %n advertencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The content has %n problem(s).</source>
        <translation>
            <numerusform>El contenido tiene %n problema.</numerusform>
            <numerusform>El contenido tiene %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded.</source>
        <translation>Contenido recargado.</translation>
    </message>
    <message>
        <source>Export your log</source>
        <translation>Exportar su diario</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Everything, re-importable (*.json)</source>
        <translation>Hoja de cálculo (*.csv);;Todo, se puede volver a importar (*.json)</translation>
    </message>
    <message>
        <source>Import a SpasmGuide export</source>
        <translation>Importar una exportación de SpasmGuide</translation>
    </message>
    <message>
        <source>SpasmGuide export (*.json)</source>
        <translation>Exportación de SpasmGuide (*.json)</translation>
    </message>
    <message>
        <source>The episode was deleted.</source>
        <translation>Se eliminó el episodio.</translation>
    </message>
    <message>
        <source>Keep a private log of this episode on this computer? It helps you and your clinician see your pattern.</source>
        <translation>¿Quiere llevar un diario privado de este episodio en este equipo? Le ayuda a usted y a su profesional sanitario a ver su patrón.</translation>
    </message>
    <message>
        <source>Start logging this episode</source>
        <translation>Llevar un diario de este episodio</translation>
    </message>
    <message>
        <source>Logging started. Check in any time with Ctrl+K.</source>
        <translation>Diario iniciado. Pulse Registrar (Ctrl+K) cuando quiera.</translation>
    </message>
    <message>
        <source>Exporting your log…</source>
        <translation>Exportando su diario…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <source>There is no episode log on this computer yet.</source>
        <translation>Todavía no hay ningún diario de episodios en este equipo.</translation>
    </message>
    <message>
        <source>This deletes every episode and check-in you have recorded, for good. These files will be removed:

%1

Export your log first if you want to keep a copy.</source>
        <translation>Esto elimina definitivamente todos los episodios y registros que ha guardado. Se eliminarán estos archivos:

%1

Si quiere conservar una copia, exporte antes su diario.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s). Your log is empty.</source>
        <translation>
            <numerusform>Se eliminó %n archivo. Su diario está vacío.</numerusform>
            <numerusform>Se eliminaron %n archivos. Su diario está vacío.</numerusform>
        </translation>
    </message>
    <message>
        <source>Episode log</source>
        <translation>Diario de episodios</translation>
    </message>
    <message>
        <source>Check-in from %1 changed.</source>
        <translation>Se modificó el registro de las %1.</translation>
    </message>
    <message>
        <source>Check-in saved at %1.</source>
        <translation>Registro guardado a las %1.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>◷  Heat timer</source>
        <translation>◷  Temporizador de calor</translation>
    </message>
    <message numerus="yes">
        <source>Your heat timer finished while SpasmGuide was closed (%n minute(s)).</source>
        <translation>
            <numerusform>Su temporizador de calor terminó mientras SpasmGuide estaba cerrado (%n minuto).</numerusform>
            <numerusform>Su temporizador de calor terminó mientras SpasmGuide estaba cerrado (%n minutos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heat timer is still running: %n minute(s) left.</source>
        <translation>
            <numerusform>Su temporizador de calor sigue en marcha: queda %n minuto.</numerusform>
            <numerusform>Su temporizador de calor sigue en marcha: quedan %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat timer: time is up</source>
        <translation>Temporizador de calor: se acabó el tiempo</translation>
    </message>
    <message>
        <source>Take the heat off and check your skin.</source>
        <translation>Retire el calor y revise su piel.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>&amp;Report for my clinician…</source>
        <translation>&amp;Informe para mi profesional sanitario…</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>Im&amp;primir el informe…</translation>
    </message>
    <message>
        <source>Demo — sample data. Nothing here is anyone&apos;s real log, and nothing you do is kept.</source>
        <translation>Demostración — datos de ejemplo. Nada de esto es el diario real de nadie, y no se guarda nada de lo que haga.</translation>
    </message>
    <message>
        <source>Presentation (F11)</source>
        <translation>Presentación (F11)</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, larger text</source>
        <translation>Modo presentación: pantalla completa, texto más grande</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Reiniciar demostración</translation>
    </message>
    <message>
        <source>Reset demo: put the sample data back as it was</source>
        <translation>Reiniciar demostración: dejar los datos de ejemplo como estaban</translation>
    </message>
    <message>
        <source>SpasmGuide — demo</source>
        <translation>SpasmGuide — demostración</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>De&amp;mostración</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Reset demo</source>
        <translation>&amp;Reiniciar demostración</translation>
    </message>
    <message>
        <source>The demo starts again with its sample data.</source>
        <translation>La demostración vuelve a empezar con sus datos de ejemplo.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Guardar el informe para su profesional sanitario</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>Print the report for your clinician</source>
        <translation>Imprimir el informe para su profesional sanitario</translation>
    </message>
    <message>
        <source>The report could not be sent to the printer.</source>
        <translation>No se pudo enviar el informe a la impresora.</translation>
    </message>
    <message>
        <source>The report is ready to print.</source>
        <translation>El informe está listo para imprimir.</translation>
    </message>
    <message>
        <source>Day-by-day &amp;plan</source>
        <translation>&amp;Plan día a día</translation>
    </message>
    <message>
        <source>Day-by-day plan</source>
        <translation>Plan día a día</translation>
    </message>
    <message>
        <source>What to do today, what to avoid and what comes next (Ctrl+D)</source>
        <translation>Qué hacer hoy, qué evitar y qué viene después (Ctrl+D)</translation>
    </message>
    <message>
        <source>Find your pattern</source>
        <translation>Encuentre su patrón</translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <translation>Guardado el %1.</translation>
    </message>
    <message>
        <source>The result could not be saved.</source>
        <translation>No se pudo guardar el resultado.</translation>
    </message>
    <message>
        <source>Saved with this episode at %1.</source>
        <translation>Guardado con este episodio a las %1.</translation>
    </message>
    <message>
        <source>Medication log</source>
        <translation>Registro de medicación</translation>
    </message>
    <message>
        <source>Printing is not available: part of SpasmGuide is missing. Save the report as a PDF instead, or reinstall SpasmGuide.</source>
        <translation>No se puede imprimir: falta una parte de SpasmGuide. Guarde el informe como PDF o vuelva a instalar SpasmGuide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) imported so far</source>
        <translation>
            <numerusform>%Ln elemento importado hasta ahora</numerusform>
            <numerusform>%Ln elementos importados hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, of about %2 (%3%)</source>
        <translation>%1, de unos %2 (%3%)</translation>
    </message>
    <message>
        <source>; under a minute left</source>
        <translation>; falta menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>; about %n minute(s) left</source>
        <translation>
            <numerusform>; falta alrededor de %n minuto</numerusform>
            <numerusform>; faltan alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The records the import changed, or kept as they are here, are listed under “Show Details”. The History screen keeps a list of your imports.</source>
        <translation>Los elementos que la importación cambió, o mantuvo como están aquí, aparecen en «Mostrar detalles». La pantalla Historial guarda una lista de sus importaciones.</translation>
    </message>
    <message>
        <source>Printing is not available: part of SpasmGuide is missing. Read the card from the screen, or reinstall SpasmGuide.</source>
        <translation>No se puede imprimir: falta una parte de SpasmGuide. Lea la tarjeta en la pantalla o vuelva a instalar SpasmGuide.</translation>
    </message>
    <message>
        <source>Print the handover card</source>
        <translation>Imprimir la tarjeta para la llamada</translation>
    </message>
    <message>
        <source>For the call handler</source>
        <translation>Para quien atienda la llamada</translation>
    </message>
    <message>
        <source>The handover card could not be sent to the printer.</source>
        <translation>No se ha podido enviar la tarjeta a la impresora.</translation>
    </message>
    <message>
        <source>Content problems notice</source>
        <translation>Aviso de problemas en el contenido</translation>
    </message>
    <message>
        <source>Notice about an old episode log</source>
        <translation>Aviso sobre un registro de episodios antiguo</translation>
    </message>
    <message>
        <source>Show the file</source>
        <translation>Mostrar el archivo</translation>
    </message>
    <message>
        <source>Show the folder that holds the old episode log</source>
        <translation>Mostrar la carpeta que contiene el registro de episodios antiguo</translation>
    </message>
    <message>
        <source>Dismiss for good</source>
        <translation>Descartar para siempre</translation>
    </message>
    <message>
        <source>Dismiss the notice about the old episode log for good</source>
        <translation>Descartar para siempre el aviso sobre el registro de episodios antiguo</translation>
    </message>
    <message>
        <source>The folder could not be opened. The old log is in %1.</source>
        <translation>No se pudo abrir la carpeta. El registro antiguo está en %1.</translation>
    </message>
    <message>
        <source>Notice about the episode log</source>
        <translation>Aviso sobre el registro de episodios</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try opening the episode log again</source>
        <translation>Intentar abrir de nuevo el registro de episodios</translation>
    </message>
    <message>
        <source>Your old episode log could not be read. It was kept at %1, and a new log was started.</source>
        <translation>No se pudo leer tu registro de episodios antiguo. Se guardó en %1 y se empezó un registro nuevo.</translation>
    </message>
    <message>
        <source>Your old episode logs could not be read. They were kept at %1, and a new log was started.</source>
        <translation>No se pudieron leer tus registros de episodios antiguos. Se guardaron en %1 y se empezó un registro nuevo.</translation>
    </message>
    <message>
        <source>Your episode log is open. Logging is on again.</source>
        <translation>Tu registro de episodios está abierto. El registro vuelve a estar activado.</translation>
    </message>
    <message>
        <source>Your episode log still could not be opened.</source>
        <translation>Tu registro de episodios sigue sin poder abrirse.</translation>
    </message>
    <message>
        <source>Opening your episode log again…</source>
        <translation>Abriendo de nuevo tu registro de episodios…</translation>
    </message>
</context>
<context>
    <name>spasmguide::MedicationScreen</name>
    <message>
        <source>Medication log</source>
        <translation>Registro de medicación</translation>
    </message>
    <message>
        <source>Before you take anything</source>
        <translation>Antes de tomar nada</translation>
    </message>
    <message>
        <source>Muscle relaxants cause drowsiness: do not drive or operate machinery. Consult a pharmacist or clinician before use, especially if you take other medications, have other conditions, or have drowsiness-related risks.</source>
        <translation>Los relajantes musculares producen somnolencia: no conduzca ni maneje maquinaria. Consulte a un farmacéutico o a un profesional sanitario antes de usarlos, sobre todo si toma otros medicamentos, tiene otras enfermedades o corre riesgos relacionados con la somnolencia.</translation>
    </message>
    <message>
        <source>Record what you took and when, so you and your clinician can see it later. SpasmGuide never suggests a dose or when to take more.</source>
        <translation>Anote qué tomó y cuándo, para que usted y su profesional sanitario puedan verlo después. SpasmGuide nunca sugiere una dosis ni cuándo volver a tomar.</translation>
    </message>
    <message>
        <source>What you took</source>
        <translation>Qué tomó</translation>
    </message>
    <message>
        <source>Pick a name or type your own</source>
        <translation>Elija un nombre o escriba el suyo</translation>
    </message>
    <message>
        <source>When you took it</source>
        <translation>Cuándo lo tomó</translation>
    </message>
    <message>
        <source>Taken in this episode</source>
        <translation>Tomado en este episodio</translation>
    </message>
    <message>
        <source>Medicines taken in this episode, oldest first</source>
        <translation>Medicamentos tomados en este episodio, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Save in my log</source>
        <translation>Guardar en mi diario</translation>
    </message>
    <message>
        <source>Save what you took and when (Ctrl+S)</source>
        <translation>Guardar qué tomó y cuándo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing recorded in this episode yet.</source>
        <translation>Aún no hay nada registrado en este episodio.</translation>
    </message>
    <message>
        <source>✔  Saved: %1 at %2.</source>
        <translation>✔  Guardado: %1 a las %2.</translation>
    </message>
    <message>
        <source>Pick or type what you took, then save.</source>
        <translation>Elija o escriba qué tomó y luego guarde.</translation>
    </message>
    <message>
        <source>That time is in the future. Please correct it.</source>
        <translation>Esa hora está en el futuro. Corríjala, por favor.</translation>
    </message>
</context>
<context>
    <name>spasmguide::PatternFinderScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>See what fits →</source>
        <translation>Ver qué encaja →</translation>
    </message>
    <message>
        <source>The loaded content has no pattern finder.</source>
        <translation>El contenido cargado no incluye el buscador de patrones.</translation>
    </message>
    <message>
        <source>Some answers are already chosen from your log (where it hurts and what came before). Change any that are not right.</source>
        <translation>Algunas respuestas ya están elegidas a partir de su diario (dónde le duele y qué pasó antes). Cambie las que no sean correctas.</translation>
    </message>
    <message>
        <source>%1 of %2. %3</source>
        <translation>%1 de %2. %3</translation>
    </message>
    <message>
        <source>Choose any that apply.</source>
        <translation>Elija todas las que correspondan.</translation>
    </message>
    <message numerus="yes">
        <source>%n short question(s).</source>
        <translation>
            <numerusform>%n pregunta breve.</numerusform>
            <numerusform>%n preguntas breves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::PatternResultScreen</name>
    <message>
        <source>← Change answers</source>
        <translation>← Cambiar respuestas</translation>
    </message>
    <message>
        <source>Save with this episode</source>
        <translation>Guardar con este episodio</translation>
    </message>
    <message>
        <source>Keep this result in your log with the current episode (Ctrl+S)</source>
        <translation>Guardar este resultado en su diario con el episodio actual (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to Step 3</source>
        <translation>Volver al paso 3</translation>
    </message>
    <message>
        <source>“%1” — your answer to “%2”</source>
        <translation>«%1»: su respuesta a «%2»</translation>
    </message>
    <message>
        <source>What tends to set it off again</source>
        <translation>Lo que suele volver a desencadenarlo</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Guardar de nuevo</translation>
    </message>
    <message>
        <source>What your answers have in common with the common patterns</source>
        <translation>Lo que sus respuestas tienen en común con los patrones habituales</translation>
    </message>
    <message>
        <source>This is not a diagnosis</source>
        <translation>Esto no es un diagnóstico</translation>
    </message>
    <message>
        <source>Not enough in common with one pattern this time</source>
        <translation>Esta vez no hay suficiente en común con ningún patrón</translation>
    </message>
    <message numerus="yes">
        <source>Your answers have something in common with %n of the common patterns. Each is shown with the answers it shares; a pattern is mentioned only when at least two of your answers go with it.</source>
        <translation>
            <numerusform>Sus respuestas tienen algo en común con %n de los patrones habituales. Se muestra con las respuestas que comparte; un patrón solo se menciona cuando al menos dos de sus respuestas encajan con él.</numerusform>
            <numerusform>Sus respuestas tienen algo en común con %n de los patrones habituales. Cada uno se muestra con las respuestas que comparte; un patrón solo se menciona cuando al menos dos de sus respuestas encajan con él.</numerusform>
        </translation>
    </message>
    <message>
        <source>What your answers have in common with “%1”</source>
        <translation>Lo que sus respuestas tienen en común con «%1»</translation>
    </message>
    <message>
        <source>This is not a diagnosis.</source>
        <translation>Esto no es un diagnóstico.</translation>
    </message>
</context>
<context>
    <name>spasmguide::PlanScreen</name>
    <message>
        <source>from day %1</source>
        <translation>desde el día %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>days %1–%2</source>
        <translation>días %1–%2</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>This guide has no day-by-day plan.</source>
        <translation>Esta guía no tiene plan día a día.</translation>
    </message>
    <message>
        <source>Review status of this plan: %1. %2</source>
        <translation>Estado de revisión de este plan: %1. %2</translation>
    </message>
    <message>
        <source>Day %1 of this episode</source>
        <translation>Día %1 de este episodio</translation>
    </message>
    <message>
        <source>Started %1 · %2 (%3)</source>
        <translation>Empezó el %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No episode is open</source>
        <translation>No hay ningún episodio abierto</translation>
    </message>
    <message>
        <source>Start one to count the days and keep today&apos;s checklist with it. Until then, this is day 1 of the plan: %1.</source>
        <translation>Empiece uno para contar los días y guardar con él la lista de hoy. Hasta entonces, este es el día 1 del plan: %1.</translation>
    </message>
    <message>
        <source>Start an episode now</source>
        <translation>Empezar un episodio ahora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>See a clinician if</source>
        <translation>Consulte a un profesional sanitario si</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Qué viene después</translation>
    </message>
    <message>
        <source>This is the last part of the plan.</source>
        <translation>Esta es la última parte del plan.</translation>
    </message>
    <message>
        <source>From day %1</source>
        <translation>Desde el día %1</translation>
    </message>
    <message>
        <source>From day %1 (%2)</source>
        <translation>Desde el día %1 (%2)</translation>
    </message>
    <message>
        <source>Started %1 · %2</source>
        <translation>Empezó el %1 · %2</translation>
    </message>
    <message>
        <source>Day 1 of the plan</source>
        <translation>Día 1 del plan</translation>
    </message>
    <message>
        <source>The start recorded for this episode cannot be right, so its days are not counted: %1. Correct the start on the episode&apos;s page in History.</source>
        <translation>El inicio registrado de este episodio no puede ser correcto, así que no se cuentan sus días: %1. Corrija el inicio en la página del episodio, en Historial.</translation>
    </message>
</context>
<context>
    <name>spasmguide::ProductCard</name>
    <message>
        <source>Best for: %1</source>
        <translation>Ideal para: %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ver %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time this</source>
        <translation>Cronometrar</translation>
    </message>
    <message>
        <source>Time this: %1</source>
        <translation>Cronometrar: %1</translation>
    </message>
    <message>
        <source>Open the heat timer with %1 chosen</source>
        <translation>Abrir el temporizador de calor con %1 elegido</translation>
    </message>
</context>
<context>
    <name>spasmguide::ReadAloud</name>
    <message>
        <source>&amp;Read this screen</source>
        <translation>&amp;Leer esta pantalla</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and none is installed on this computer.</source>
        <translation>La lectura en voz alta necesita un motor de voz y no hay ninguno instalado en este ordenador.</translation>
    </message>
    <message>
        <source>Reading aloud is not available: the speech engine could not start.</source>
        <translation>La lectura en voz alta no está disponible: el motor de voz no pudo iniciarse.</translation>
    </message>
    <message>
        <source>Reading aloud is not available: no voice is installed for the speech engine.</source>
        <translation>La lectura en voz alta no está disponible: no hay ninguna voz instalada para el motor de voz.</translation>
    </message>
    <message>
        <source>Reading aloud is not available: no sound output was found.</source>
        <translation>La lectura en voz alta no está disponible: no se encontró ninguna salida de sonido.</translation>
    </message>
    <message>
        <source>Reading aloud is not available: the speech engine stopped working.</source>
        <translation>La lectura en voz alta no está disponible: el motor de voz dejó de funcionar.</translation>
    </message>
    <message>
        <source>This copy of SpasmGuide was built without speech support.</source>
        <translation>Esta copia de SpasmGuide se compiló sin soporte de voz.</translation>
    </message>
    <message>
        <source>Stop &amp;reading</source>
        <translation>&amp;Dejar de leer</translation>
    </message>
    <message>
        <source>Read this screen aloud (Ctrl+R)</source>
        <translation>Leer esta pantalla en voz alta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <source>Reading aloud is not available: part of SpasmGuide is missing. Reinstalling it may help.</source>
        <translation>La lectura en voz alta no está disponible: falta una parte de SpasmGuide. Volver a instalarlo puede ayudar.</translation>
    </message>
</context>
<context>
    <name>spasmguide::SameDayScreen</name>
    <message>
        <source>← Back to the check</source>
        <translation>← Volver a la comprobación</translation>
    </message>
    <message>
        <source>Continue to the self-care steps →</source>
        <translation>Continuar con los pasos de autocuidado →</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Primero marque la casilla de arriba</translation>
    </message>
    <message>
        <source>Same-day advice: call %1</source>
        <translation>Consejo médico hoy mismo: llame al %1</translation>
    </message>
    <message>
        <source>The signs you ticked</source>
        <translation>Las señales que marcó</translation>
    </message>
    <message>
        <source>Emergency number: %1. “Get help now” at the top is always there.</source>
        <translation>Número de emergencias: %1. El botón «Pedir ayuda ahora», arriba, está siempre disponible.</translation>
    </message>
    <message>
        <source>Same-day advice: %1, call %2</source>
        <translation>Consejo médico hoy mismo: %1, llame al %2</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number. %1 “Get help now” at the top is always there.</source>
        <translation>En una emergencia, llame al número de emergencias local. %1 El botón «Pedir ayuda ahora», arriba, está siempre disponible.</translation>
    </message>
    <message>
        <source>Call %1 now if</source>
        <translation>Llame ahora al %1 si</translation>
    </message>
    <message>
        <source>Call your local emergency number now if</source>
        <translation>Llame ahora al número de emergencias local si</translation>
    </message>
</context>
<context>
    <name>spasmguide::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Changes are saved at once, on this computer only.</source>
        <translation>Los cambios se guardan al momento, solo en este equipo.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time SpasmGuide starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie SpasmGuide.</translation>
    </message>
    <message>
        <source>Emergency number to show instead</source>
        <translation>Número de emergencia que se mostrará en su lugar</translation>
    </message>
    <message>
        <source>Number to show instead (optional)</source>
        <translation>Número que se mostrará en su lugar (opcional)</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencia</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
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
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Text size: 100 % is the usual size, 200 % doubles it.</source>
        <translation>Tamaño del texto: 100 % es el tamaño habitual; 200 % lo duplica.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>Remind me to change position</source>
        <translation>Recordarme que cambie de postura</translation>
    </message>
    <message>
        <source>Remind me every</source>
        <translation>Recordármelo cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio desde</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>Movement reminder</source>
        <translation>Recordatorio de movimiento</translation>
    </message>
    <message>
        <source>Long static postures without breaks can make a spasm worse. The reminder is silent in the quiet hours; it shows in the window, or as a desktop notification when SpasmGuide is hidden.</source>
        <translation>Mantener la misma postura mucho tiempo sin descansos puede empeorar un espasmo. El recordatorio no suena en las horas de silencio; aparece en la ventana o, si SpasmGuide está oculto, como notificación del escritorio.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country: type to search</source>
        <translation>País: escriba para buscar</translation>
    </message>
    <message>
        <source>The emergency screen (Get help now) shows the number for this country. Make sure it is right for where you are.</source>
        <translation>La pantalla de emergencia (Pedir ayuda ahora) muestra el número de este país. Compruebe que es el correcto para donde está.</translation>
    </message>
    <message>
        <source>As the system: %1</source>
        <translation>Como el sistema: %1</translation>
    </message>
    <message>
        <source>As the system: not known (local emergency number)</source>
        <translation>Como el sistema: desconocido (número de emergencias local)</translation>
    </message>
    <message>
        <source>e.g. 112</source>
        <translation>p. ej., 112</translation>
    </message>
</context>
<context>
    <name>spasmguide::StepIndicator</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, current step</source>
        <translation>Paso %1 de %2: %3, paso actual</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Protocol steps</source>
        <translation>Pasos del protocolo</translation>
    </message>
</context>
<context>
    <name>spasmguide::StepScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>This step is not in the loaded content.</source>
        <translation>Este paso no está en el contenido cargado.</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Paso %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Siguiente: %1 →</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Paso siguiente: %1</translation>
    </message>
</context>
<context>
    <name>spasmguide::TriageScreen</name>
    <message>
        <source>(source)</source>
        <translation>(fuente)</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Por qué lo preguntamos</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>None of these — continue</source>
        <translation>Ninguna de estas — continuar</translation>
    </message>
</context>
</TS>
