// The command line's own words in Spanish: each command's help (its overview, discussion, arguments
// and options) and the words ArgumentParser writes around them and into its errors
// (`CommandLineLanguage`). English template → Spanish, as in the other tables.
extension MessageCatalogue {
    static let spanishHelp: [String: String] = [
        "Prepare, check and seal the IMMEX annual report (Decreto IMMEX art. 25).":
            "Prepara, revisa y sella el reporte anual IMMEX (Decreto IMMEX art. 25).",
        """
        Works in the current folder, which holds fiscal-years/<year>/ (settings and extracts), templates/ (report \
        template and schema) and out/ (what runs produce); --root points elsewhere.

        Exit codes:
          0  report written; the year passes the export threshold
          1  report written; the year fails both threshold tests
          2  input errors (data, settings, templates, e.firma), all listed;
             nothing was written
          3  verify: a check failed (each failure is named)
          4  outputs could not be written; nothing was left half-written
          5  another immex run is writing the same year's outputs; nothing was written
          6  verify: the bundle is intact and validly signed, but no CA was given, so the issuer was not checked
         64  the command line is wrong (an unknown option, a missing argument): nothing was done
        """:
            """
        Trabaja en la carpeta actual, que contiene fiscal-years/<año>/ (configuración y extractos), templates/ \
        (plantilla y esquema del reporte) y out/ (lo que producen las ejecuciones); --root indica otra.

        Códigos de salida:
          0  reporte escrito; el año cumple el umbral de exportación
          1  reporte escrito; el año no cumple ninguna de las dos pruebas
          2  errores en los datos (datos, configuración, plantillas, e.firma), todos listados;
             no se escribió nada
          3  verify: una revisión falló (se nombra cada falla)
          4  los resultados no se pudieron escribir; nada quedó a medio escribir
          5  otra ejecución de immex escribe los resultados del mismo año; no se escribió nada
          6  verify: el expediente está íntegro y bien firmado, pero no se dio una CA, así que el emisor no se revisó
         64  la línea de comandos está mal (una opción desconocida, un argumento faltante): no se hizo nada
        """,
        "The folder holding fiscal-years/, templates/ and out/.": "La carpeta que contiene fiscal-years/, templates/ y out/.",
        "'{}' is not a fiscal year; write it like 2025.": "'{}' no es un ejercicio; escríbalo como 2025.",
        "{} '{}' is not a date; write it as YYYY-MM-DD.": "{} '{}' no es una fecha; escríbala como AAAA-MM-DD.",
        "Compute the year's figures, check the thresholds and write the annual report.":
            "Calcula las cifras del año, revisa los umbrales y escribe el reporte anual.",
        """
        Reads fiscal-years/<year>/ (company.toml, rules.toml, sales.csv, exports.csv), validates every row, \
        aggregates total sales and exports, applies both threshold tests, renders the XML report from templates/ and \
        validates it against the schema, then writes to out/<year>/:
          immex-annual-report-<year>.xml  the report
          findings.csv                    every finding, with file:line:column
          summary.txt                     the verdict and figures, as printed here
          summary.html                    one page: verdict, figures, charts, findings
          reconciliation.csv              invoices and pedimentos that disagree
          immex-<year>.xlsx               the same for a spreadsheet, working papers too
          immex-<year>-evidence.zip       every input, the report, a signed MANIFEST
        The bundle is signed with the company's e.firma (--cert/--key, or [signing] in company.toml); the key's \
        password comes from IMMEX_KEY_PASSWORD, --password-file, or a prompt on a terminal. --unsigned makes a \
        rehearsal bundle that is marked unsigned.
        Set SOURCE_DATE_EPOCH to fix the report's generation time (same inputs, same bytes).
        """:
            """
        Lee fiscal-years/<año>/ (company.toml, rules.toml, sales.csv, exports.csv), valida cada renglón, suma las \
        ventas totales y las exportaciones, aplica las dos pruebas del umbral, produce el reporte XML con templates/ \
        y lo valida contra el esquema; después escribe en out/<año>/:
          immex-annual-report-<año>.xml   el reporte
          findings.csv                    cada hallazgo, con archivo:línea:columna
          summary.txt                     el dictamen y las cifras, como aquí
          summary.html                    una página: dictamen, cifras, gráficas
          reconciliation.csv              facturas y pedimentos que no coinciden
          immex-<año>.xlsx                lo mismo en hoja de cálculo, con papeles
          immex-<año>-evidence.zip        los datos, el reporte, un MANIFEST firmado
        El expediente se firma con la e.firma de la empresa (--cert/--key, o [signing] en company.toml); la \
        contraseña de la llave viene de IMMEX_KEY_PASSWORD, de --password-file o se pide en la terminal. --unsigned \
        produce un expediente de ensayo marcado como no firmado.
        Defina SOURCE_DATE_EPOCH para fijar la hora de generación del reporte (mismos datos, mismos bytes).
        """,
        "The fiscal year to report, e.g. 2025.": "El ejercicio a reportar, p. ej. 2025.",
        "The e.firma certificate (.cer); default: [signing] in company.toml.":
            "El certificado de la e.firma (.cer); por omisión: [signing] en company.toml.",
        "The e.firma private key (.key); default: [signing] in company.toml.":
            "La llave privada de la e.firma (.key); por omisión: [signing] en company.toml.",
        "A file whose first line is the key's password (else IMMEX_KEY_PASSWORD, else a prompt).":
            "Un archivo cuya primera línea es la contraseña de la llave (si no, IMMEX_KEY_PASSWORD; si no, se pide).",
        "Make a rehearsal bundle, marked unsigned in its manifest (not evidence).":
            "Produce un expediente de ensayo, marcado sin firma en su manifiesto (no es evidencia).",
        "--unsigned cannot be combined with --cert, --key or --password-file.":
            "--unsigned no se puede combinar con --cert, --key ni --password-file.",
        "Dry run: is the year on track to pass the export threshold?": "Ensayo: ¿va el año en camino de cumplir el umbral de exportación?",
        """
        Reads fiscal-years/<year>/ exactly as `file` does (same parsing, rules and findings), leaves out rows dated \
        after --as-of, and shows the year-to-date figures, two projections to 31 December (the run rate; last year's \
        monthly shape when fiscal-years/<year-1>/ exists), what the rest of the year must still bring for each test, \
        and the filing calendar. Writes nothing unless --report; never the evidence bundle.
        Exit codes: 0 on track; 1 projected to fail the threshold (or past the deadline with no filing archive); 2 \
        input errors. JSON output (--format json) is documented in docs/dry-run-json.md.
        """:
            """
        Lee fiscal-years/<año>/ igual que `file` (la misma lectura, reglas y hallazgos), deja fuera los renglones con \
        fecha posterior a --as-of y muestra las cifras del año a la fecha, dos proyecciones al 31 de diciembre (al \
        ritmo actual; con la forma mensual del año anterior cuando existe fiscal-years/<año-1>/), lo que el resto del \
        año aún debe aportar para cada prueba, y el calendario de presentación. No escribe nada salvo con --report; \
        nunca el expediente de evidencia.
        Códigos de salida: 0 en camino; 1 se proyecta que no cumpla el umbral (o venció el plazo sin archivo de \
        presentación); 2 errores en los datos. La salida JSON (--format json) se documenta en docs/dry-run-json.md.
        """,
        "The fiscal year to check, e.g. 2026.": "El ejercicio a revisar, p. ej. 2026.",
        "Leave out rows dated after this day (default: today, or 31 December for a past year).":
            "Deja fuera los renglones con fecha posterior a este día (por omisión: hoy, o el 31 de diciembre para un año pasado).",
        "Also write out/<year>/dry-run-<as-of>.xml (validated), .txt and .html.":
            "Escribe además out/<año>/dry-run-<fecha>.xml (validado), .txt y .html.",
        "Also estimate what the temporary imports whose term ends before this day would cost then (see `immex imports`).":
            "Estima además lo que costarían entonces las importaciones temporales cuyo plazo vence antes de este día (vea `immex imports`).",
        "Sum sales from this extract whatever rules.toml's [sales] source says: csv (sales.csv) or cfdi (the packages in cfdi/).":
            "Suma las ventas de este extracto, diga lo que diga [sales] source en rules.toml: csv (sales.csv) o cfdi (los paquetes en cfdi/).",
        "text or json.": "text o json.",
        "Temporary imports: what must leave by when, and what is overdue.":
            "Importaciones temporales: qué debe salir y para cuándo, y qué ya venció.",
        """
        Reads the import-side lines of the SAT's Data Stage in fiscal-years/<year>/datastage/ (and \
        fiscal-years/<year-1>/datastage/ when present: an 18-month term spans two extracts) whose key is a temporary \
        import (IN, AF; the key catalogue's import side), and ages each against its term (Ley Aduanera art. 108: \
        inputs 18 months, containers 2 years, machinery while the program is in force; the last day by CFF art. 12; \
        [temporary_imports] in rules.toml). Without the company's inventory-control balances every line counts whole: \
        an upper bound. For lines past their term, an estimate of what they would cost (IGI at the line's 556 rate, \
        DTA and IVA as [temporary_imports] sets them, updated by CFF art. 17-A with templates/inpc.toml, art. 21 \
        surcharges with templates/surcharge-rates.toml); a month or year those files lack is named, never guessed. \
        Writes nothing. Exit codes: 0 nothing expired; 1 a line is past its term; 2 input errors. JSON output \
        (--format json) is documented in docs/imports-json.md.
        """:
            """
        Lee las partidas de importación del Data Stage del SAT en fiscal-years/<año>/datastage/ (y en \
        fiscal-years/<año-1>/datastage/ cuando existe: un plazo de 18 meses abarca dos extractos) cuya clave es de \
        importación temporal (IN, AF; el lado de importación del catálogo de claves), y compara cada una con su plazo \
        (Ley Aduanera art. 108: insumos 18 meses, contenedores 2 años, maquinaria mientras el programa esté vigente; \
        el último día según el CFF art. 12; [temporary_imports] en rules.toml). Sin los saldos del control de \
        inventarios de la empresa cada partida cuenta completa: un máximo. Para las partidas vencidas, una estimación \
        de lo que costarían (IGI a la tasa de la partida en el 556, DTA e IVA como los fija [temporary_imports], \
        actualizados según el CFF art. 17-A con templates/inpc.toml, recargos del art. 21 con \
        templates/surcharge-rates.toml); un mes o año que falte en esos archivos se nombra, nunca se adivina. No \
        escribe nada. Códigos de salida: 0 nada vencido; 1 una partida venció su plazo; 2 errores en los datos. La \
        salida JSON (--format json) se documenta en docs/imports-json.md.
        """,
        "The fiscal year whose Data Stage to read, e.g. 2025.": "El ejercicio cuyo Data Stage se lee, p. ej. 2025.",
        "Age the lines as of this day (default: today).": "Calcula la antigüedad de las partidas a este día (por omisión: hoy).",
        "Also estimate the lines whose term ends before this day, as if still here then (default: only the expired ones, as of --as-of).":
            """
        Estima además las partidas cuyo plazo vence antes de este día, como si siguieran aquí entonces (por omisión: \
        solo las vencidas, a --as-of).
        """,
        "Check an evidence bundle or filing archive: every digest, the manifest, the signature.":
            "Revisa un expediente de evidencia o un archivo de presentación: cada huella digital, el manifiesto, la firma.",
        """
        Streams every entry (nothing is extracted to disk), recomputes its SHA-256, checks that the manifest lists \
        exactly the entries present, verifies the CMS signature over the manifest, and that the signer's RFC is the \
        manifest's. An archive made by `immex archive` is checked in both layers. Exit 0 when everything holds and \
        the signer's certificate chains to a CA given; 3 when anything fails, naming each failure; 6 when everything \
        holds but no CA was given (--ca-file, --ca-dir), so who issued the signer's certificate was not checked: a \
        self-made certificate with the company's RFC would read the same. Point --ca-dir at the SAT's root and \
        intermediate certificates (DER .cer or PEM) as published.
        """:
            """
        Lee cada entrada sin extraerla a disco, recalcula su SHA-256, revisa que el manifiesto liste exactamente las \
        entradas presentes, verifica la firma CMS sobre el manifiesto, y que el RFC del firmante sea el del \
        manifiesto. Un archivo hecho por `immex archive` se revisa en sus dos capas. Sale con 0 cuando todo es \
        correcto y el certificado del firmante se encadena a una CA dada; 3 cuando algo falla, nombrando cada falla; \
        6 cuando todo es correcto pero no se dio una CA (--ca-file, --ca-dir), así que no se revisó quién emitió el \
        certificado del firmante: un certificado hecho por cualquiera con el RFC de la empresa se leería igual. \
        Indique en --ca-dir los certificados raíz e intermedios del SAT (DER .cer o PEM) tal como se publican.
        """,
        "The bundle (immex-<year>-evidence.zip or immex-<year>-archive.zip).": "El expediente (immex-<año>-evidence.zip o immex-<año>-archive.zip).",
        "A CA certificate (PEM or DER) the signer must chain to; repeat for several.":
            "Un certificado de CA (PEM o DER) al que el firmante debe encadenarse; repítalo para varios.",
        "A folder of CA certificates (.cer, .crt, .der, .pem), such as the SAT's roots and intermediates.":
            "Una carpeta de certificados de CA (.cer, .crt, .der, .pem), como los raíz e intermedios del SAT.",
        "The language of what is printed: es or en (default: es).": "El idioma de lo que se muestra: es o en (por omisión: es).",
        "After filing on VUCEM: seal the evidence bundle with the acknowledgement.":
            "Después de presentar en VUCEM: sella el expediente de evidencia con el acuse.",
        """
        Writes out/<year>/immex-<year>-archive.zip: the evidence bundle unchanged, the acknowledgement, and an \
        ARCHIVE-MANIFEST (digests of both, filing date, retention date) signed with the e.firma. The evidence bundle \
        must verify first. `immex verify` checks both layers.
        """:
            """
        Escribe out/<año>/immex-<año>-archive.zip: el expediente de evidencia sin cambios, el acuse y un \
        ARCHIVE-MANIFEST (huellas digitales de ambos, fecha de presentación, fecha hasta la que se conserva) firmado \
        con la e.firma. El expediente de evidencia debe verificarse antes. `immex verify` revisa ambas capas.
        """,
        "The fiscal year that was filed.": "El ejercicio que se presentó.",
        "The acknowledgement (acuse) VUCEM issued, usually a PDF.": "El acuse que emitió VUCEM, normalmente un PDF.",
        "The date the report was filed, YYYY-MM-DD (default: today, UTC).":
            "La fecha en que se presentó el reporte, AAAA-MM-DD (por omisión: hoy, UTC).",
        "Replace an archive already in out/<year>/.": "Sustituye un archivo de presentación que ya esté en out/<año>/.",
        "Write a synthetic fiscal year (fictional company) in the real input layouts.":
            "Escribe un ejercicio sintético (empresa ficticia) con los formatos reales de los datos.",
        """
        Writes company.toml, rules.toml, sales.csv, exports.csv, the Data Stage (datastage/), the inventory control's \
        balances (imports-balances.csv) and the CFDI packages (cfdi/, unless --no-cfdi) into fiscal-years/<year>/ (or \
        --output), written beside it and moved in whole. The data is made up but shaped like real extracts: several \
        currencies, credit notes, cancellations, quoted fields, and pedimentos of every key class. The same seed \
        always gives the same files.
        """:
            """
        Escribe company.toml, rules.toml, sales.csv, exports.csv, el Data Stage (datastage/), los saldos del control \
        de inventarios (imports-balances.csv) y los paquetes de CFDI (cfdi/, salvo con --no-cfdi) en \
        fiscal-years/<año>/ (o --output), escritos al lado y movidos completos. Los datos son inventados pero con la \
        forma de extractos reales: varias monedas, notas de crédito, cancelaciones, campos entre comillas y \
        pedimentos de cada clase de clave. La misma semilla da siempre los mismos archivos.
        """,
        "The fiscal year to generate.": "El ejercicio a generar.",
        "How many invoices (sales.csv rows).": "Cuántas facturas (renglones de sales.csv).",
        "How many export-side pedimentos (exports.csv rows).": "Cuántos pedimentos de exportación (renglones de exports.csv).",
        "How many temporary imports (IN, three lines each) the Data Stage holds beyond the sample's six.":
            "Cuántas importaciones temporales (IN, de tres partidas cada una) tiene el Data Stage además de las seis de la muestra.",
        """
        consolidated: export invoices consolidated 1 to 6 to a pedimento (the shipped sample); one-per-invoice: 40% \
        of invoices exported, each under its own pedimento, numbers in exports.csv spaced as the CFDI writes them.
        """:
            """
        consolidated: facturas de exportación consolidadas de 1 a 6 por pedimento (la muestra incluida); \
        one-per-invoice: 40% de las facturas exportadas, cada una con su propio pedimento, con los números en \
        exports.csv espaciados como los escribe el CFDI.
        """,
        "Also write the invoices as the SAT's bulk download delivers them (cfdi/: ZIPs of CFDI XML, 200,000 to a package, and their metadata).":
            "Escribe además las facturas como las entrega la descarga masiva del SAT (cfdi/: ZIP de XML de CFDI, 200,000 por paquete, y sus metadatos).",
        "The seed; the same seed gives the same files.": "La semilla; la misma semilla da los mismos archivos.",
        "Write here instead of fiscal-years/<year>/.": "Escribe aquí en lugar de fiscal-years/<año>/.",
        "Replace the folder's files if it already holds any (they are overwritten).":
            "Sustituye los archivos de la carpeta si ya tiene alguno (se sobrescriben).",
        "counts cannot be negative": "las cantidades no pueden ser negativas",
        "The language of what is printed and written: es or en (default: company.toml's language, else es).":
            "El idioma de lo que se muestra y se escribe: es o en (por omisión: el language de company.toml; si no, es).",
        "List every finding on the terminal, not only the first 40.": "Lista en la terminal todos los hallazgos, no solo los primeros 40.",
        "Print only errors (and, for check, the verdict); the exit code tells the rest.":
            "Muestra solo los errores (y, en check, el dictamen); el código de salida dice lo demás.",
        "Also log each stage, with its time, on standard error.": "Registra además cada etapa, con su tiempo, en la salida de errores.",
        "--quiet and --verbose cannot be combined.": "--quiet y --verbose no se pueden combinar.",
        "OVERVIEW: {}": "RESUMEN: {}",
        "USAGE: {}": "USO: {}",
        "ARGUMENTS:": "ARGUMENTOS:",
        "OPTIONS:": "OPCIONES:",
        "SUBCOMMANDS:": "SUBCOMANDOS:",
        "Usage: {}": "Uso: {}",
        "Error: {}": "Error: {}",
        "Help:  {}": "Ayuda:  {}",
        "Show help information.": "Muestra esta ayuda.",
        "Show the version.": "Muestra la versión.",
        "  See '{} <subcommand>' for detailed help.": "  Vea '{} <subcomando>' para la ayuda de cada uno.",
        "  See '{}' for more information.": "  Vea '{}' para más información.",
        "Missing expected argument '{}'": "Falta el argumento '{}'",
        "Unknown option '{}'": "Opción desconocida '{}'",
        "Unknown option '{}'. Did you mean '{}'?": "Opción desconocida '{}'. ¿Quiso decir '{}'?",
        "Unexpected argument '{}'": "Argumento inesperado '{}'",
        "Missing value for '{}'": "Falta el valor de '{}'",
        "The value '{}' is invalid for '{}'": "El valor '{}' no es válido para '{}'",
        "The value '{}' is invalid for '{}'. Please provide one of {} and {}.": "El valor '{}' no es válido para '{}'. Indique {} o {}.",
        "The value '{}' is invalid for '{}'. Please provide one of {} or {}.": "El valor '{}' no es válido para '{}'. Indique uno de {} o {}.",
        "The value '{}' is invalid for '{}': {}": "El valor '{}' no es válido para '{}': {}",
        "default": "por omisión",
        "values": "valores",
    ]
}
