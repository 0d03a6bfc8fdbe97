// What the commands say: the summary, the dry run, `imports`, `verify`, `archive`, `sample`, the report's XML, and why a run stopped.
// English template (as the code writes it) → Spanish; see MessageCatalogue+Spanish.swift.
extension MessageCatalogue {
    static let spanishCommands: [String: String] = [
        // The summary (summary.txt and the terminal)
        "IMMEX annual report {} — {} ({})": "Reporte anual IMMEX {} — {} ({})",
        "Program {}, modality {}": "Programa {}, modalidad {}",
        "Program {}, modality {}, consignment (exports at value added)": "Programa {}, modalidad {}, en consignación (exportaciones a valor agregado)",
        "Generated {}": "Generado {}",
        "Verdict: {}": "Dictamen: {}",
        "PASSES — no threshold is in force this year (rules.toml)": "CUMPLE — este año no rige ningún umbral (rules.toml)",
        "PASSES — by the USD test and the share test": "CUMPLE — por la prueba en dólares y la prueba de porcentaje",
        "PASSES — by the USD test": "CUMPLE — por la prueba en dólares",
        "PASSES — by the share test": "CUMPLE — por la prueba de porcentaje",
        "FAILS — neither threshold test passes": "NO CUMPLE — no pasa ninguna de las dos pruebas",
        "Total sales (MXN)": "Ventas totales (MXN)", "  domestic": "  nacionales", "  foreign": "  al extranjero",
        "Direct exports (MXN)": "Exportaciones directas (MXN)", "  of which returns (K1)": "  de ellas, retornos (K1)",
        "Indirect exports (MXN)": "Exportaciones indirectas (MXN)", "Total exports (MXN)": "Exportaciones totales (MXN)",
        "Total exports (USD)": "Exportaciones totales (USD)", "Export share": "Porcentaje exportado", "n/a (no sales)": "n/a (sin ventas)",
        "USD test": "Prueba en dólares", "Share test": "Prueba de porcentaje", "not in force": "no rige",
        "pass: {} {} {}, margin {}": "cumple: {} {} {}, margen {}", "FAIL: {} {} {}, margin {}": "NO CUMPLE: {} {} {}, margen {}",
        "pass: {} {} {}%, margin {} MXN": "cumple: {} {} {}%, margen {} MXN", "FAIL: {} {} {}%, margin {} MXN": "NO CUMPLE: {} {} {}%, margen {} MXN",
        "Not counted in exports, listed (what each would have added):": "No se cuenta en las exportaciones, se lista (lo que cada uno habría sumado):",
        "  {}: {}, 1 pedimento": "  {}: {}, 1 pedimento", "  {}: {}, {} pedimentos": "  {}: {}, {} pedimentos",
        "USD figure: {}; rounding {}, per invoice.": "Cifra en dólares: {}; redondeo: {}, por factura.",
        "Records: {} invoices read ({} sales, {} credit notes, {} cancelled, {} not sales); {} pedimentos read ({} counted, {} rectified, {} for review, {} not exports).":
            "Registros: {} facturas leídas ({} ventas, {} notas de crédito, {} canceladas, {} que no son ventas); {} pedimentos leídos ({} contados, {} rectificados, {} por revisar, {} que no son exportaciones).",
        "Reconciliation of invoices and pedimentos: no disagreements.": "Conciliación de facturas y pedimentos: sin diferencias.",
        "Reconciliation of invoices and pedimentos: {} to review ({}), listed in reconciliation.csv.":
            "Conciliación de facturas y pedimentos: {} por revisar ({}), listadas en reconciliation.csv.",
        "Findings: {} ({} explained in explanations.toml).": "Hallazgos: {} ({} explicados en explanations.toml).",
        "Findings: {}.": "Hallazgos: {}.",
        "Written:": "Escrito:",
        "Nothing was written: fix the errors above and run again.": "No se escribió nada: corrija los errores de arriba y vuelva a correr.",

        // The dry run (immex check)
        "IMMEX dry run {} as of {} — {} ({})": "Simulacro IMMEX {} al {} — {} ({})",
        "Day {} of {}.": "Día {} de {}.",
        "Left out, dated after {}: {} invoices, {} pedimentos.": "Dejados fuera, con fecha posterior al {}: {} facturas, {} pedimentos.",
        "Verdict: ON TRACK — {}": "Dictamen: EN CAMINO — {}", "Verdict: ON TRACK": "Dictamen: EN CAMINO", "Verdict: AT RISK": "Dictamen: EN RIESGO",
        "Verdict: AT RISK — {}": "Dictamen: EN RIESGO — {}",
        "the year passes when projected by the run rate and by last year's shape":
            "el año cumple proyectado al ritmo actual y con la forma del año anterior",
        "the year passes when projected by the run rate": "el año cumple proyectado al ritmo actual",
        "the year passes when projected by last year's shape": "el año cumple proyectado con la forma del año anterior",
        "no projection of the year passes the export threshold": "ninguna proyección del año cumple el umbral de exportación",
        "n/a": "n/a", "Year to date": "En lo que va del año", "  sales (MXN)": "  ventas (MXN)", "  direct exports (MXN)": "  exportaciones directas (MXN)",
        "  indirect exports (MXN)": "  exportaciones indirectas (MXN)", "  exports (USD)": "  exportaciones (USD)", "  exports (MXN)": "  exportaciones (MXN)",
        "  share": "  porcentaje", "Projection, run rate": "Proyección, ritmo actual", "Projection, last year's shape": "Proyección, forma del año anterior",
        "passes": "cumple", "fails": "no cumple", "Last year's shape": "Forma del año anterior",
        "not available (no fiscal-years/{}/)": "no disponible (no hay fiscal-years/{}/)", "Still needed by 31 December": "Falta al 31 de diciembre",
        "  for the USD test": "  para la prueba en dólares", "  for the share test": "  para la prueba de porcentaje",
        "nothing: it already passes": "nada: ya cumple", "{} USD of exports": "{} USD de exportaciones", "{} MXN of exports": "{} MXN de exportaciones",
        "{} MXN of exports ({}% of the rest of the year's sales)": "{} MXN de exportaciones ({}% de las ventas del resto del año)",
        "Filing: due {} (last business day of May), {}; late filing accepted until {}, then the program is cancelled from {}.":
            "Presentación: vence el {} (último día hábil de mayo), {}; se acepta extemporánea hasta el {}, después el programa se cancela a partir del {}.",
        " Filed: out/{}/immex-{}-archive.zip holds VUCEM's acknowledgement.": " Presentado: out/{}/immex-{}-archive.zip contiene el acuse de VUCEM.",
        "{} days left": "faltan {} días", "today": "hoy", "{} days ago": "hace {} días",
        "Reconciliation: no disagreements between invoices and pedimentos.": "Conciliación: sin diferencias entre facturas y pedimentos.",
        "Reconciliation: {}.": "Conciliación: {}.",

        // What the runs check of the year as a whole (archive dates, totals, the dry run)
        "--filed-on {} is before the evidence bundle was made ({}); the report filed is the one it seals":
            "--filed-on {} es anterior a la creación del expediente de evidencia ({}); el reporte presentado es el que este sella",
        "--filed-on {} is before the fiscal year {} ended; its report is filed from {}":
            "--filed-on {} es anterior al cierre del ejercicio {}; su reporte se presenta a partir del {}",
        "check that every request of the year is in datastage/":
            "revise que todas las solicitudes del año estén en datastage/",
        "check that sales.csv is the complete extract for the year":
            "revise que sales.csv sea el extracto completo del año",
        "check the CFDI's SubTotal, Descuento and TipoCambio":
            "revise el SubTotal, el Descuento y el TipoCambio del CFDI",
        "check the largest amounts of sales.csv and the exports for a typing error":
            "revise si hay un error de captura en los mayores importes de sales.csv y de las exportaciones",
        "check the largest amounts of the file for a typing error":
            "revise si hay un error de captura en los mayores importes del archivo",
        "check the largest pedimento values for a typing error":
            "revise si hay un error de captura en los mayores valores de pedimento",
        "check the number and line; an older import needs its year's datastage/, and a key that is not a temporary import is not aged":
            "revise el número y la partida; una importación más antigua necesita el datastage/ de su año, y una clave que no es importación temporal no se envejece",
        "check the pedimento's value, dollar value and exchange rate":
            "revise el valor, el valor en dólares y el tipo de cambio del pedimento",
        "check the row's subtotal, discount and exchange rate for a typing error":
            "revise si hay un error de captura en el subtotal, el descuento y el tipo de cambio del renglón",
        "download the missing periods from the SAT":
            "descargue del SAT los periodos que faltan",
        "download the year's Data Stage requests from the SAT and put their ZIPs in datastage/":
            "descargue del SAT las solicitudes del Data Stage del año y ponga sus ZIP en datastage/",
        "fix the template's Mustache syntax":
            "corrija la sintaxis Mustache de la plantilla",
        "give the date on VUCEM's acknowledgement":
            "indique la fecha del acuse de VUCEM",
        "give the date on VUCEM's acknowledgement, or run `immex file` again if the report filed was another":
            "indique la fecha del acuse de VUCEM, o corra `immex file` de nuevo si el reporte presentado fue otro",
        "line and column are libxml2's, in the rendered report; fix the template or the schema":
            "la línea y la columna son de libxml2, en el reporte generado; corrija la plantilla o el esquema",
        "line {} of pedimento {} is in the inventory control but not among the temporary imports of the Data Stage read ({})":
            "la partida {} del pedimento {} está en el control de inventarios pero no entre las importaciones temporales del Data Stage leído ({})",
        "move it away first, or pass --force to replace it":
            "muévalo antes, o indique --force para sustituirlo",
        "pass a later --as-of to include them":
            "indique un --as-of posterior para incluirlos",
        "pass the acuse VUCEM issued, with --acknowledgement":
            "indique el acuse que emitió VUCEM, con --acknowledgement",
        "restore it from the tool's templates/":
            "restáurelo de templates/ de la herramienta",
        "run `immex check {}` to see them":
            "corra `immex check {}` para verlos",
        "run `immex file {}` first; the archive seals the bundle that was filed":
            "corra primero `immex file {}`; el archivo sella el expediente que se presentó",
        "the CFDI's peso amount is beyond what one invoice may state, or takes total sales beyond the largest total the report states (MXN {})":
            "el importe en pesos del CFDI excede lo que una factura puede declarar, o lleva las ventas totales más allá del mayor total que declara el reporte (MXN {})",
        "the acknowledgement {} cannot be read":
            "el acuse {} no se puede leer",
        "the invoice's peso amount is beyond what one invoice may state (MXN {}), or takes total sales beyond the largest total the report states (MXN {})":
            "el importe en pesos de la factura excede lo que una factura puede declarar (MXN {}), o lleva las ventas totales más allá del mayor total que declara el reporte (MXN {})",
        "the year's exports add up beyond the largest total the report states ({})":
            "las exportaciones del año suman más del mayor total que declara el reporte ({})",
        "the year's exports add up beyond the largest total the report states ({}); this pedimento pushed them over":
            "las exportaciones del año suman más del mayor total que declara el reporte ({}); este pedimento las rebasó",
        "total sales and the exports' commercial value add up beyond the largest total the report states":
            "las ventas totales y el valor comercial de las exportaciones suman más del mayor total que declara el reporte",
        "total sales are {} MXN, so the share of exports cannot be computed":
            "las ventas totales son {} MXN, así que no se puede calcular el porcentaje de exportaciones",
        "total sales of {} are beyond the largest total the report states (MXN {})":
            "las ventas totales de {} exceden el mayor total que declara el reporte (MXN {})",
        "{} already exists; it was not replaced":
            "{} ya existe; no se sustituyó",
        "{} cannot be read, so no cost is estimated: {}":
            "{} no se puede leer, así que no se estima costo: {}",
        "{} has {} errors, so last year's monthly shape is not used":
            "{} tiene {} errores, así que no se usa la forma mensual del año anterior",
        "{} invoices and {} pedimentos dated after {} are left out of this dry run":
            "{} facturas y {} pedimentos con fecha posterior al {} se dejan fuera de este simulacro",
        "{} is a file, not a folder; move it away":
            "{} es un archivo, no una carpeta; muévalo",
        "{} more invoices of sales.csv are in none of cfdi/'s packages (the first {} are listed)":
            "{} facturas más de sales.csv no están en ningún paquete de cfdi/ (se listan las primeras {})",
        "{} more {} findings of cfdi/ (the first {} are listed)":
            "{} hallazgos {} más de cfdi/ (se listan los primeros {})",
        "{}/datastage/ is missing: temporary imports are read from the SAT's Data Stage":
            "falta {}/datastage/: las importaciones temporales se leen del Data Stage del SAT",
        "the document is empty":
            "el documento está vacío",
        "the document could not be read":
            "no se pudo leer el documento",

        // immex imports
        " and ": " y ",
        "Temporary imports as of {} (Data Stage of {})": "Importaciones temporales al {} (Data Stage de {})",
        "Balances: gross imports (no inventory-control extract was given), an upper bound: nothing is taken as discharged.":
            "Saldos: importaciones brutas (no se dio el extracto del control de inventarios), un máximo: nada se da por descargado.",
        "Balances: the inventory control's (imports-balances.csv); a line it does not list counts whole.":
            "Saldos: los del control de inventarios (imports-balances.csv); una partida que no lista cuenta completa.",
        "Term": "Plazo", "Lines": "Partidas", "Value left MXN": "Valor pendiente MXN", "Expired or due within 30 days:": "Vencidas o por vencer en 30 días:",
        "Line": "Partida", "Key": "Clave", "Tariff item": "Fracción", "Entered": "Entrada", "Last day": "Último día", "Days left": "Días restantes",
        "({} more in the JSON output)": "({} más en la salida JSON)",
        "Estimated cost as of {} of the balances past their term (an estimate: IGI at each line's rate, DTA and IVA as [temporary_imports] sets them, updated by CFF art. 17-A, with art. 21 surcharges): {} for 1 line.":
            "Costo estimado al {} de los saldos con plazo vencido (una estimación: IGI a la tasa de cada partida, DTA e IVA como los fija [temporary_imports], actualizados por el art. 17-A del CFF, con recargos del art. 21): {} por 1 partida.",
        "Estimated cost as of {} of the balances past their term (an estimate: IGI at each line's rate, DTA and IVA as [temporary_imports] sets them, updated by CFF art. 17-A, with art. 21 surcharges): {} for {} lines.":
            "Costo estimado al {} de los saldos con plazo vencido (una estimación: IGI a la tasa de cada partida, DTA e IVA como los fija [temporary_imports], actualizados por el art. 17-A del CFF, con recargos del art. 21): {} por {} partidas.",
        "1 line not estimated: {}.": "1 partida sin estimar: {}.", "{} lines not estimated: {}.": "{} partidas sin estimar: {}.",

        // immex verify
        "Result: SIGNATURE VALID, ISSUER NOT CHECKED — every entry matches its manifest and every signature holds,":
            "Resultado: FIRMA VÁLIDA, EMISOR NO REVISADO — cada entrada coincide con su manifiesto y cada firma es válida,",
        "but no --ca-file was given, so nothing says who issued the signer's certificate: a self-made certificate":
            "pero no se dio --ca-file, así que nada dice quién emitió el certificado del firmante: un certificado hecho en casa",
        "with the company's RFC would read the same. Pass the SAT's certificates (--ca-file, --ca-dir) for a full verification.":
            "con el RFC de la empresa se leería igual. Indique los certificados del SAT (--ca-file, --ca-dir) para una verificación completa.",
        "Result: VERIFIED — every entry matches its manifest, every signature holds, and the signer's certificate chains to the CA given.":
            "Resultado: VERIFICADO — cada entrada coincide con su manifiesto, cada firma es válida y el certificado del firmante se encadena a la CA dada.",
        "Result: FAILED — 1 problem:":
            "Resultado: FALLÓ — 1 problema:",
        "Result: FAILED — {} problems:":
            "Resultado: FALLÓ — {} problemas:",
        "inside the evidence bundle: {}":
            "dentro del expediente de evidencia: {}",
        "{}: no readable manifest":
            "{}: sin manifiesto legible",
        "filing archive":
            "archivo de presentación",
        "evidence bundle":
            "expediente de evidencia",
        "{}: {}, fiscal year {}, RFC {}":
            "{}: {}, ejercicio {}, RFC {}",
        "  entries:          {} listed":
            "  entradas:         {} listadas",
        "  filed on:         {}":
            "  presentado el:    {}",
        "  generated at:     {} by {}":
            "  generado:         {} por {}",
        "  signature:        valid":
            "  firma:            válida",
        "  signature:        INVALID":
            "  firma:            NO VÁLIDA",
        "  signer:           {}":
            "  firmante:         {}",
        "  signer RFC:       {}":
            "  RFC del firmante: {}",
        "  certificate:      {}":
            "  certificado:      {}",
        "  valid:            {} to {}":
            "  vigencia:         {} a {}",
        "  signed at:        {}":
            "  firmado el:       {}",
        "  signature:        none (unsigned rehearsal)":
            "  firma:            ninguna (ensayo sin firmar)",
        "  keep until:       {} (our anchor: five years from the filing; CFF art. 30 may ask longer)":
            "  conservar hasta:  {} (nuestra referencia: cinco años desde la presentación; el art. 30 del CFF puede pedir más)",
        "error: {} does not exist; give the path of an evidence bundle or filing archive":
            "error: {} no existe; indique la ruta de un expediente de evidencia o de un archivo de presentación",
        "error: the CA folder {} cannot be read":
            "error: la carpeta de CA {} no se puede leer",
        "error: the CA folder {} holds no certificate (.cer, .crt, .der, .pem)":
            "error: la carpeta de CA {} no contiene certificados (.cer, .crt, .der, .pem)",
        "error: the CA file {} cannot be read":
            "error: el archivo de CA {} no se puede leer",

        // The annual report's XML
        "each invoice and each pedimento conversion": "cada factura y cada conversión de pedimento",

        // The filing deadline
        "the {} annual report was due {} and out/{}/ holds no filing archive (`immex archive` with VUCEM's acknowledgement); temporary imports are suspended until it is filed":
            "el reporte anual {} vencía el {} y out/{}/ no tiene archivo de presentación (`immex archive` con el acuse de VUCEM); las importaciones temporales se suspenden hasta que se presente",
        "the {} annual report was due {} and out/{}/ holds no filing archive (`immex archive` with VUCEM's acknowledgement); the late window closed {}":
            "el reporte anual {} vencía el {} y out/{}/ no tiene archivo de presentación (`immex archive` con el acuse de VUCEM); el plazo extemporáneo cerró el {}",
        "file now with `immex file {}`: it is accepted until {}": "presente ya con `immex file {}`: se acepta hasta el {}",
        "the program is cancelled from 1 September; consult your customs advisor":
            "el programa se cancela a partir del 1 de septiembre; consulte a su asesor aduanal",

        // The dry run's date
        "--as-of {} is outside fiscal year {}": "--as-of {} está fuera del ejercicio {}",
        "give a date in {}, or none": "indique una fecha de {}, o ninguna",

        // immex verify: what is wrong with a bundle
        "the archive cannot be read: {}": "el archivo ZIP no se puede leer: {}",
        "entry '{}' has an unsafe path (absolute or with '..'); it was not read":
            "la entrada '{}' tiene una ruta insegura (absoluta o con '..'); no se leyó",
        "entry '{}': the archive lies about its size ({})": "entrada '{}': el ZIP declara un tamaño que no es el suyo ({})",
        "entry '{}' appears twice": "la entrada '{}' aparece dos veces",
        "there is no MANIFEST (nor ARCHIVE-MANIFEST)": "no hay MANIFEST (ni ARCHIVE-MANIFEST)",
        "the manifest cannot be read: {}": "el manifiesto no se puede leer: {}",
        "entry '{}' was changed: its digest or size differs from the manifest":
            "la entrada '{}' cambió: su huella digital o su tamaño no coinciden con el manifiesto",
        "entry '{}' is listed in the manifest but missing": "la entrada '{}' está en el manifiesto pero falta",
        "entry '{}' is not listed in the manifest": "la entrada '{}' no está en el manifiesto",
        "the bundle is unsigned (a rehearsal), so it is not evidence": "el expediente no está firmado (es un ensayo), así que no es evidencia",
        "the manifest says it is signed but its .p7s signature is missing": "el manifiesto dice estar firmado pero falta su firma .p7s",
        "the signer's certificate does not chain to the CA certificates given (--ca-file, --ca-dir): check that they are the SAT's, the ones that issued the e.firma (OpenSSL: {})":
            "el certificado del firmante no se encadena a los certificados de CA dados (--ca-file, --ca-dir): revise que sean los del SAT, los que emitieron la e.firma (OpenSSL: {})",
        "the signature does not verify over the manifest: {}": "la firma no es válida sobre el manifiesto: {}",
        "the signer's RFC {} is not the manifest's company RFC {}": "el RFC del firmante {} no es el RFC de la empresa del manifiesto {}",
        "inside {}: {}": "dentro de {}: {}",
        "(none)": "(ninguno)",

        // The e.firma
        "the password does not open the private key; check IMMEX_KEY_PASSWORD or the --password-file":
            "la contraseña no abre la llave privada; revise IMMEX_KEY_PASSWORD o el --password-file",
        "the private key (.key) does not belong to the certificate (.cer); use the pair the SAT issued together":
            "la llave privada (.key) no corresponde al certificado (.cer); use el par que el SAT emitió junto",
        "the certificate cannot be read: {}": "el certificado no se puede leer: {}",
        "the private key cannot be read: {}": "la llave privada no se puede leer: {}",
        "signing failed: {}": "la firma falló: {}",
        "the certificate is valid from {} to {}, not on the signing date {}; renew the e.firma or sign with the current one":
            "el certificado es válido del {} al {}, no en la fecha de firma {}; renueve la e.firma o firme con la vigente",
        "the certificate belongs to RFC {}, not to the company's RFC {}; sign with the company's own e.firma":
            "el certificado es del RFC {}, no del RFC de la empresa {}; firme con la e.firma de la propia empresa",
        "(none stated)": "(no lo indica)",
        "the certificate {} cannot be read; check the path in company.toml [signing] or --cert":
            "el certificado {} no se puede leer; revise la ruta en company.toml [signing] o --cert",
        "the private key {} cannot be read; check the path in company.toml [signing] or --key":
            "la llave privada {} no se puede leer; revise la ruta en company.toml [signing] o --key",
        "no e.firma is configured: pass --cert and --key, or set [signing] certificate and key in {}/company.toml; for a rehearsal, pass --unsigned":
            "no hay e.firma configurada: indique --cert y --key, o ponga certificate y key en [signing] de {}/company.toml; para un ensayo, use --unsigned",
        "the password file {} cannot be read": "el archivo de contraseña {} no se puede leer",
        "the e.firma's key needs its password: set IMMEX_KEY_PASSWORD or pass --password-file (or run on a terminal to be asked)":
            "la llave de la e.firma necesita su contraseña: defina IMMEX_KEY_PASSWORD o use --password-file (o corra en una terminal para que se le pida)",
        "Password of the e.firma key: ": "Contraseña de la llave de la e.firma: ",
        "error: cannot sign: {}": "error: no se puede firmar: {}",

        // immex archive
        "{} does not verify: {}": "{} no se verifica: {}",
        "{} is an unsigned rehearsal bundle; file with the e.firma first, or archive with --unsigned":
            "{} es un expediente de ensayo sin firma; presente primero con la e.firma, o archive con --unsigned",
        "the evidence bundle is for RFC {}, company.toml says {}": "el expediente de evidencia es del RFC {}; company.toml dice {}",
        "Written: {}": "Escrito: {}",

        // immex sample
        "error: {} already holds {}; nothing was written.": "error: {} ya contiene {}; no se escribió nada.",
        "Choose another year or --output folder, or pass --force to overwrite them.":
            "Elija otro año u otra carpeta con --output, o use --force para reemplazarlos.",
        "error: the sample year could not be written to {}: {}": "error: el año de muestra no se pudo escribir en {}: {}",
        "Nothing in that folder was changed; check the space left and the folder's permissions.":
            "No se cambió nada en esa carpeta; revise el espacio libre y los permisos de la carpeta.",
        "Wrote a synthetic fiscal year {} ({} invoices, {} pedimentos, seed {}) to {}":
            "Se escribió un ejercicio sintético {} ({} facturas, {} pedimentos, semilla {}) en {}",

        // Why a run stopped before writing
        "error: {}": "error: {}",
        "Nothing was written.": "No se escribió nada.",
        "Nothing was left half-written in out/.": "No quedó nada a medio escribir en out/.",
        "cannot create {}: {}": "no se puede crear {}: {}",
        "cannot create {}": "no se puede crear {}",
        "cannot write {}: {}": "no se puede escribir {}: {}",
        "cannot open {}: {}": "no se puede abrir {}: {}",
        "cannot move the outputs into {}: {}": "no se pueden mover los resultados a {}: {}",
        "cannot put the outputs in place of {}: {}": "no se pueden poner los resultados en lugar de {}: {}",
        "cannot list {}: {}": "no se puede listar {}: {}",
        "cannot keep {} beside the new outputs: {}": "no se puede conservar {} junto a los resultados nuevos: {}",
        "out/{}/ is being written by another immex run; wait for it to end, then run again":
            "otra ejecución de immex está escribiendo out/{}/; espere a que termine y vuelva a correr",
        "out/{}/ is being written by another immex run ({}); wait for it to end, then run again":
            "otra ejecución de immex está escribiendo out/{}/ ({}); espere a que termine y vuelva a correr",
        "the sales working paper could not be started: {}": "no se pudo iniciar el papel de trabajo de ventas: {}",
        "does not add up to the report's totals: a defect of this tool, not of the inputs; nothing was written (please report it)":
            "no suma los totales del reporte: es un defecto de esta herramienta, no de los datos; no se escribió nada (por favor repórtelo)",
        "the sales working paper ({} invoices for {}) {}": "el papel de trabajo de ventas ({} facturas por {}) {}",
        "the exports working paper {}": "el papel de trabajo de exportaciones {}",
        "the working papers could not be written: {}": "los papeles de trabajo no se pudieron escribir: {}",
        "the schema is not usable: {}": "el esquema no se puede usar: {}",
        "fix the XSD": "corrija el XSD",
        "the template renders XML that is not well-formed": "la plantilla produce XML mal formado",
        "the rendered report does not satisfy {}": "el reporte producido no cumple {}",
        "the schema is not usable": "el esquema no se puede usar",
        "the template cannot be parsed ({}) near: {}": "la plantilla no se puede interpretar ({}) cerca de: {}",
        "the template cannot be parsed: {}": "la plantilla no se puede interpretar: {}",
        "{} / {}  {} rows  {}/s  {} left": "{} / {}  {} renglones  {}/s  faltan {}",

        // immex sample (moving in)
        "The folder may hold part of the new year; free space or fix the permissions, then run again with --force.":
            "La carpeta puede tener parte del año nuevo; libere espacio o corrija los permisos y vuelva a correr con --force.",
    ]
}
