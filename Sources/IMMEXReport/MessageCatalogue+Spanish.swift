// The Spanish of the catalogue: each English template (as the code writes it, `{}` where a value
// goes) and its Spanish, `{}` taking the values in order or `{n}` the n-th. Terms follow the SAT's
// and the Ley Aduanera's usage (pedimento, clave, CFDI, comprobante, Comercio Exterior, Data Stage).
extension MessageCatalogue {
    static let spanish: [String: String] = [
        // Reconciliation of invoices and pedimentos
        "invoice {} is a definitive export (code 02) with no A1 pedimento": "la factura {} es una exportación definitiva (clave 02) sin pedimento A1",
        "write its pedimento on the invoice row, or its UUID on the pedimento's row":
            "escriba su pedimento en el renglón de la factura, o su UUID en el renglón del pedimento",
        "A1 export pedimento {} has no CFDI": "el pedimento de exportación A1 {} no tiene CFDI",
        "give its invoice_uuid in exports.csv, or the pedimento number on the invoice in sales.csv":
            "indique su invoice_uuid en exports.csv, o el número de pedimento en la factura de sales.csv",
        "invoice {} was exported under pedimento {}, which is not among the year's export pedimentos":
            "la factura {} salió con el pedimento {}, que no está entre los pedimentos de exportación del año",
        "check the number on the invoice, and that the pedimento is in the export extract":
            "revise el número en la factura, y que el pedimento esté en el extracto de exportaciones",
        "pedimento {} declares USD {}; its invoices' TotalUSD add up to {}": "el pedimento {} declara USD {}; el TotalUSD de sus facturas suma {}",
        "check the invoice's Comercio Exterior TotalUSD and the pedimento's USD value":
            "revise el TotalUSD del complemento de Comercio Exterior de la factura y el valor en dólares del pedimento",
        "pedimento {} declares MXN {}; its invoices are worth MXN {} at their own rates":
            "el pedimento {} declara MXN {}; sus facturas valen MXN {} a sus propios tipos de cambio",
        "a different exchange rate explains small gaps; larger ones mean a wrong amount on one side":
            "un tipo de cambio distinto explica diferencias pequeñas; las mayores indican un importe equivocado en un lado",
        "pedimento {} was paid {}, {} days from invoice {} of {}": "el pedimento {} se pagó el {}, a {} días de la factura {} del {}",
        "more than {} days apart ([reconciliation] max_days_apart); check both dates":
            "más de {} días de diferencia ([reconciliation] max_days_apart); revise ambas fechas",
        "invoice {} is billed to a foreign customer (XEXX010101000) with export code 01":
            "la factura {} es a un cliente extranjero (XEXX010101000) con clave de exportación 01",
        "a sale abroad is an export (02 or 04); if the goods stayed in Mexico, say why in the file":
            "una venta al extranjero es una exportación (02 o 04); si la mercancía se quedó en México, explíquelo en el expediente",
        "invoice {} claims export code {} but is billed to Mexican RFC {}":
            "la factura {} declara la clave de exportación {} pero se factura al RFC mexicano {}",
        "only a virtual export (V1) to another IMMEX company is billed in Mexico: link it to its V1 pedimento, or fix the code":
            "solo una exportación virtual (V1) a otra empresa IMMEX se factura en México: vincúlela a su pedimento V1, o corrija la clave",
        "invoice {} has export code 02 (definitive, key A1) but left under pedimento {} with key {}":
            "la factura {} tiene clave de exportación 02 (definitiva, clave A1) pero salió con el pedimento {} de clave {}",
        "export code 02 goes only with key A1; use 04 for other definitive exports":
            "la clave 02 va solo con la clave de pedimento A1; use 04 para otras exportaciones definitivas",
        "pedimento {} has key {}, a value adjustment that is not counted in exports":
            "el pedimento {} tiene clave {}, un ajuste de valor que no se cuenta en las exportaciones",
        "review whether it changes the value of an export; if it does, move the key to a counted class in rules.toml":
            "revise si cambia el valor de una exportación; si lo cambia, pase la clave a una clase que cuente en rules.toml",
        "rectification {} replaces {}, a pedimento of 20{}; it is listed, not counted":
            "la rectificación {} sustituye a {}, un pedimento de 20{}; se lista, no se cuenta",
        "a change to another year's export belongs to that year's report": "un cambio a la exportación de otro año corresponde al reporte de ese año",
        "return {} (key {}) does not say which export it returns": "el retorno {} (clave {}) no dice qué exportación retorna",
        "write the original export pedimento in returned_pedimento": "escriba el pedimento de exportación original en returned_pedimento",
        "return {} names export {}, which is not an export in {}": "el retorno {} nombra la exportación {}, que no es una exportación en {}",
        "correct returned_pedimento, or add the export it returns": "corrija returned_pedimento, o agregue la exportación que retorna",
        "pedimento {} is rectified twice, by {} and by {}": "el pedimento {} se rectifica dos veces, por {} y por {}",
        "pedimento {} names invoice {}, {}": "el pedimento {} nombra la factura {}, {}",
        "which is not among the export invoices of sales.csv": "que no está entre las facturas de exportación de sales.csv",
        "correct invoice_uuid, or add the invoice to sales.csv": "corrija invoice_uuid, o agregue la factura a sales.csv",

        // The Data Stage against exports.csv
        "pedimento {} (key {}) is in exports.csv but not in the SAT's Data Stage":
            "el pedimento {} (clave {}) está en exports.csv pero no en el Data Stage del SAT",
        "the authority has no record of it: check the number, or whether a request is missing":
            "la autoridad no lo tiene registrado: revise el número, o si falta una solicitud",
        "pedimento {} (key {}) is in the SAT's Data Stage but not in exports.csv":
            "el pedimento {} (clave {}) está en el Data Stage del SAT pero no en exports.csv",
        "the authority counts it: add it to the ERP extract, or explain why it is not an export":
            "la autoridad lo cuenta: agréguelo al extracto del ERP, o explique por qué no es una exportación",
        "pedimento {}: exports.csv says USD {}, Data Stage USD {}": "pedimento {}: exports.csv dice USD {}, el Data Stage USD {}",
        "pedimento {}: exports.csv says MXN {}, Data Stage MXN {}": "pedimento {}: exports.csv dice MXN {}, el Data Stage MXN {}",
        "the Data Stage is the authority's record; correct the ERP extract or the pedimento":
            "el Data Stage es el registro de la autoridad; corrija el extracto del ERP o el pedimento",
        "{} line items of pedimentos that two requests both hold were counted once":
            "{} partidas de pedimentos que dos solicitudes contienen se contaron una sola vez",
        "overlapping requests are normal; nothing to do": "que las solicitudes se traslapen es normal; no hay nada que hacer",

        // CFDI against sales.csv, and as the source of sales
        "CFDI {} of {} ({}, total {} {}) is not in sales.csv": "el CFDI {} del {} ({}, total {} {}) no está en sales.csv",
        "sales.csv must list every CFDI the company issued in the year": "sales.csv debe listar todos los CFDI que la empresa emitió en el año",
        "invoice {} of sales.csv is in none of cfdi/'s packages": "la factura {} de sales.csv no está en ningún paquete de cfdi/",
        "download the missing period from the SAT, or check the UUID": "descargue del SAT el periodo que falta, o revise el UUID",
        "invoice {}: sales.csv states subtotal {} and discount {}; its CFDI {} and {}":
            "factura {}: sales.csv indica subtotal {} y descuento {}; su CFDI, {} y {}",
        "the CFDI is what the SAT holds: correct the ERP's row": "el CFDI es lo que tiene el SAT: corrija el renglón del ERP",
        "invoice {} is in {} in sales.csv and in {} in its CFDI": "la factura {} está en {} en sales.csv y en {} en su CFDI",
        "correct the ERP's currency": "corrija la moneda en el ERP",
        "invoice {} has export code {} in sales.csv and {} in its CFDI (Exportacion)":
            "la factura {} tiene clave de exportación {} en sales.csv y {} en su CFDI (Exportacion)",
        "the CFDI's Exportacion is what the SAT holds: correct the ERP's row": "la Exportacion del CFDI es lo que tiene el SAT: corrija el renglón del ERP",
        "invoice {} is of type {} in sales.csv and {} in its CFDI": "la factura {} es de tipo {} en sales.csv y {} en su CFDI",
        "correct the ERP's TipoDeComprobante": "corrija el TipoDeComprobante en el ERP",
        "invoice {} is {} in sales.csv and {} at the SAT": "la factura {} está {} en sales.csv y {} en el SAT",
        "active": "vigente", "cancelled": "cancelada", "in force": "vigente",
        "the SAT's status is the one that counts: correct the ERP's status": "el estado que cuenta es el del SAT: corrija el estado en el ERP",
        "CFDI {} of {} was cancelled on {}, after {} ended": "el CFDI {} del {} se canceló el {}, después de terminar {}",
        "the year's figures counted it; say in explanations.toml how the cancellation is treated":
            "las cifras del año lo contaron; indique en explanations.toml cómo se trata la cancelación",
        "pedimento {} declares USD {}; the TotalUSD of the {} CFDI naming it add up to {}":
            "el pedimento {} declara USD {}; el TotalUSD de los {} CFDI que lo nombran suma {}",
        "check the CFDI's Comercio Exterior TotalUSD and the pedimento's USD value":
            "revise el TotalUSD del complemento de Comercio Exterior del CFDI y el valor en dólares del pedimento",
        "pedimento {} names CFDI {} in the Data Stage (505), which none of cfdi/'s packages holds":
            "el pedimento {} nombra el CFDI {} en el Data Stage (505), que ningún paquete de cfdi/ contiene",
        "download the CFDI's period from the SAT, or check the invoice on the pedimento":
            "descargue del SAT el periodo del CFDI, o revise la factura del pedimento",
        "CFDI {} is also in an earlier package of cfdi/; it was counted once": "el CFDI {} también está en un paquete anterior de cfdi/; se contó una vez",
        "overlapping downloads repeat CFDI; nothing to do unless the two differ":
            "las descargas traslapadas repiten CFDI; no hay nada que hacer salvo que difieran",
        "{} has no TimbreFiscalDigital: it is not a CFDI the SAT stamped, and total sales cannot count it":
            "{} no tiene TimbreFiscalDigital: no es un CFDI timbrado por el SAT y las ventas totales no lo pueden contar",
        "replace it with the stamped CFDI as the SAT delivers it, or remove the draft from cfdi/":
            "sustitúyalo por el CFDI timbrado como lo entrega el SAT, o quite el borrador de cfdi/",
        "CFDI {} is in {} without TipoCambio, so its pesos cannot be known":
            "el CFDI {} está en {} sin TipoCambio, así que no se puede saber su importe en pesos",
        "the SAT requires TipoCambio for a currency other than MXN: download the CFDI again":
            "el SAT exige TipoCambio para una moneda distinta de MXN: descargue de nuevo el CFDI",
        "the SAT's metadata lists CFDI {} of {} ({}, {}) in force, but no package of cfdi/ holds its XML":
            "los metadatos del SAT listan el CFDI {} del {} ({}, {}) vigente, pero ningún paquete de cfdi/ contiene su XML",
        "download the XML package of that period from the SAT: without it, total sales would miss this CFDI":
            "descargue del SAT el paquete de XML de ese periodo: sin él, las ventas totales no contarían este CFDI",
        "{} CFDI of {} were issued outside {} and were left out": "{} CFDI de {} se emitieron fuera de {} y se dejaron fuera",
        "a package may span more than the year; nothing to do": "un paquete puede abarcar más que el año; no hay nada que hacer",
        "{} payment, transfer or payroll CFDI (P, T, N) of {} are not sales and were left out of total sales":
            "{} CFDI de pago, traslado o nómina (P, T, N) de {} no son ventas y se dejaron fuera de las ventas totales",
        "{} is not well-formed XML: {}": "{} no es XML bien formado: {}",
        "download the CFDI again from the SAT; a CFDI is exactly the XML that was stamped":
            "descargue de nuevo el CFDI del SAT; un CFDI es exactamente el XML que se timbró",
        "{} is not a CFDI: its root is not cfdi:Comprobante of CFDI 4.0 or 3.3": "{} no es un CFDI: su raíz no es cfdi:Comprobante de CFDI 4.0 o 3.3",
        "leave only CFDI XML in cfdi/": "deje solo XML de CFDI en cfdi/",
        "the CFDI breaks its schema's rules; ask its issuer for the stamped XML":
            "el CFDI no cumple las reglas de su esquema; pida a su emisor el XML timbrado",
        "rules.toml takes sales from the CFDI ([sales] source = \"cfdi\"), but {}/cfdi/ does not exist":
            "rules.toml toma las ventas de los CFDI ([sales] source = \"cfdi\"), pero {}/cfdi/ no existe",
        "put the SAT's bulk-download packages in cfdi/, or set [sales] source = \"csv\" to sum sales.csv":
            "ponga en cfdi/ los paquetes de la descarga masiva del SAT, o use [sales] source = \"csv\" para sumar sales.csv",

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

        // Data Stage, temporary imports, settings, explanations, archives
        "'explained' must be a list of [[explained]] tables":
            "'explained' debe ser una lista de tablas [[explained]]",
        "'{}' in [temporary_imports] {} is not a pedimento key":
            "'{}' en [temporary_imports] {} no es una clave de pedimento",
        "'{}' in [{}] {} is not a pedimento key":
            "'{}' en [{}] {} no es una clave de pedimento",
        "'{}' in the key catalogue is not a pedimento key's table":
            "'{}' en el catálogo de claves no es la tabla de una clave de pedimento",
        "--filed-on {} is before the evidence bundle was made ({}); the report filed is the one it seals":
            "--filed-on {} es anterior a la creación del expediente de evidencia ({}); el reporte presentado es el que este sella",
        "--filed-on {} is before the fiscal year {} ended; its report is filed from {}":
            "--filed-on {} es anterior al cierre del ejercicio {}; su reporte se presenta a partir del {}",
        "; the inventory control does not list it, so the whole line is counted":
            "; el control de inventarios no la lista, así que se cuenta la partida completa",
        "; without the inventory control's balances the whole line is counted":
            "; sin los saldos del control de inventarios se cuenta la partida completa",
        "ClaveDocumento '{}' is not a pedimento key":
            "ClaveDocumento '{}' no es una clave de pedimento",
        "Data Stage does not cover {}":
            "el Data Stage no cubre {}",
        "Data Stage table {} is empty; it has no header row":
            "la tabla {} del Data Stage está vacía; no tiene renglón de encabezado",
        "Data Stage table {} lacks column{} {}; found: {}":
            "a la tabla {1} del Data Stage le falta(n) la(s) columna(s) {3}; se encontró: {4}",
        "Fecha '{}' is not a date and time":
            "Fecha '{}' no es una fecha y hora",
        "FechaCancelacion '{}' is not a date":
            "FechaCancelacion '{}' no es una fecha",
        "FechaPagoReal '{}' is not a date":
            "FechaPagoReal '{}' no es una fecha",
        "Moneda '{}' is not an ISO 4217 code":
            "Moneda '{}' no es una clave ISO 4217",
        "NumeroPedimento '{}' is not a 15-digit pedimento number":
            "NumeroPedimento '{}' no es un número de pedimento de 15 dígitos",
        "Patente '{}', Pedimento '{}', SeccionAduanera '{}' are not 4, 7 and 3 digits":
            "Patente '{}', Pedimento '{}', SeccionAduanera '{}' no son de 4, 7 y 3 dígitos",
        "RFC '{}' is not valid":
            "el RFC '{}' no es válido",
        "USD conversion method '{}' is not known":
            "el método de conversión a dólares '{}' no se conoce",
        "[{}] {} of {} is not a positive number":
            "[{}] {} de {} no es un número positivo",
        "a line (SecuenciaFraccion) is a number from 1 to 9999":
            "una partida (SecuenciaFraccion) es un número de 1 a 9999",
        "a request's period may span two years; they belong to the other year's report":
            "el periodo de una solicitud puede abarcar dos años; esos corresponden al reporte del otro año",
        "add annual_average_rate = \"19.12345\" (pesos per dollar)":
            "agregue annual_average_rate = \"19.12345\" (pesos por dólar)",
        "add the original pedimento to the extract, or, if it belongs to another fiscal year, leave it out of this year's report":
            "agregue el pedimento original al extracto o, si es de otro ejercicio, déjelo fuera del reporte de este año",
        "add {} = one of: {}":
            "agregue {} = uno de: {}",
        "an error ({}) cannot be explained away; fix the input instead":
            "un error ({}) no se puede explicar; corrija la entrada",
        "as_of '{}' is not a date":
            "as_of '{}' no es una fecha",
        "balance {} is not imported {} less discharged {}":
            "el saldo {} no es lo importado {} menos lo descargado {}",
        "check that every request of the year is in datastage/":
            "revise que todas las solicitudes del año estén en datastage/",
        "check that sales.csv is the complete extract for the year":
            "revise que sales.csv sea el extracto completo del año",
        "check the CFDI's SubTotal, Descuento and TipoCambio":
            "revise el SubTotal, el Descuento y el TipoCambio del CFDI",
        "check the folder's permissions":
            "revise los permisos de la carpeta",
        "check the inventory control's discharges of this line; more cannot leave than came in":
            "revise los descargos de esta partida en el control de inventarios; no puede salir más de lo que entró",
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
        "choose one of: declared, pedimento-rate, annual-average":
            "elija uno de: declared, pedimento-rate, annual-average",
        "clear 'rectifies', or give the row the rectification key (R1)":
            "vacíe 'rectifies', o dé al renglón la clave de rectificación (R1)",
        "close the quote; write a quote inside a field twice (\"\")":
            "cierre la comilla; escriba dos veces una comilla dentro de un campo (\"\")",
        "copy the code from findings.csv, like \"date-mismatch\"":
            "copie el código de findings.csv, como \"date-mismatch\"",
        "create it with company.toml, rules.toml, sales.csv and exports.csv (templates are in fiscal-years/2025/), or pass --root":
            "créela con company.toml, rules.toml, sales.csv y exports.csv (hay plantillas en fiscal-years/2025/), o indique --root",
        "download the missing periods from the SAT":
            "descargue del SAT los periodos que faltan",
        "download the package again from the SAT":
            "descargue de nuevo el paquete del SAT",
        "download the request again":
            "descargue de nuevo la solicitud",
        "download the request again from the SAT":
            "descargue de nuevo la solicitud del SAT",
        "download the request again; even empty tables keep their header":
            "descargue de nuevo la solicitud; incluso las tablas vacías conservan su encabezado",
        "download the request again; the SAT's layout has these columns":
            "descargue de nuevo la solicitud; el formato del SAT tiene estas columnas",
        "download the request again; the member is damaged":
            "descargue de nuevo la solicitud; el miembro está dañado",
        "download the year's Data Stage requests from the SAT and put their ZIPs in datastage/":
            "descargue del SAT las solicitudes del Data Stage del año y ponga sus ZIP en datastage/",
        "each explanation is a [[explained]] table":
            "cada explicación es una tabla [[explained]]",
        "each key is a table of its own, named by its two letters or digits, like [A1]":
            "cada clave es una tabla propia, con el nombre de sus dos letras o dígitos, como [A1]",
        "each pedimento line is one row of the inventory control":
            "cada partida de pedimento es un renglón del control de inventarios",
        "errors stop the run until the input is corrected":
            "los errores detienen la corrida hasta que se corrija la entrada",
        "explanation {} is not a table":
            "la explicación {} no es una tabla",
        "explanation {} names no finding code, or one that does not exist":
            "la explicación {} no nombra un código de hallazgo, o nombra uno que no existe",
        "explanation {} needs explanation, by and on (a date, YYYY-MM-DD)":
            "la explicación {} necesita explanation, by y on (una fecha, AAAA-MM-DD)",
        "explanation {} says neither where its finding is (at) nor what it is about (about)":
            "la explicación {} no dice dónde está su hallazgo (at) ni de qué trata (about)",
        "export source '{}' is not known":
            "la fuente de exportaciones '{}' no se conoce",
        "fix the ones listed and run again; they usually share one cause (a wrong separator, a damaged file); [limits] findings_per_code in rules.toml lists more":
            "corrija los listados y vuelva a correr; suelen tener una misma causa (un separador equivocado, un archivo dañado); [limits] findings_per_code en rules.toml lista más",
        "fix the syntax; strings are quoted, lists are written [\"A1\", \"RT\"]":
            "corrija la sintaxis; los textos van entre comillas, las listas se escriben [\"A1\", \"RT\"]",
        "fix the template's Mustache syntax":
            "corrija la sintaxis Mustache de la plantilla",
        "give it the name the SAT gave it":
            "dele el nombre que le dio el SAT",
        "give the date on VUCEM's acknowledgement":
            "indique la fecha del acuse de VUCEM",
        "give the date on VUCEM's acknowledgement, or run `immex file` again if the report filed was another":
            "indique la fecha del acuse de VUCEM, o corra `immex file` de nuevo si el reporte presentado fue otro",
        "holiday '{}' is not a date":
            "el día inhábil '{}' no es una fecha",
        "if the key is right, add it to {} with its Anexo 22 description, or give it a class in rules.toml {}":
            "si la clave es correcta, agréguela a {} con su descripción del Anexo 22, o dele una clase en rules.toml {}",
        "it is not a Data Stage request: download the request again, or remove the file":
            "no es una solicitud del Data Stage: descargue de nuevo la solicitud, o quite el archivo",
        "it is not a package of the SAT's bulk download: download it again, or remove the file":
            "no es un paquete de la descarga masiva del SAT: descárguelo de nuevo, o quite el archivo",
        "keep it in one class":
            "déjela en una sola clase",
        "keep one chain: the second rectification should name the first in 'rectifies'":
            "conserve una sola cadena: la segunda rectificación debe nombrar a la primera en 'rectifies'",
        "key {} gives no reason for its {}-side class":
            "la clave {} no da la razón de su clase del lado {}",
        "key {} has no {}-side class":
            "la clave {} no tiene clase del lado {}",
        "key {} is listed in [{}] as both {} and {}":
            "la clave {} está en [{}] como {} y como {}",
        "keys have two letters or digits, like A1":
            "las claves tienen dos letras o dígitos, como A1",
        "keys have two letters or digits, like AF":
            "las claves tienen dos letras o dígitos, como AF",
        "known settings: code, at, about, explanation, by, on":
            "parámetros conocidos: code, at, about, explanation, by, on",
        "language '{}' is not offered":
            "el idioma '{}' no se ofrece",
        "leave balance empty, or correct the row":
            "deje vacío el saldo, o corrija el renglón",
        "limit_usd must be a non-negative amount with at most 2 decimals":
            "limit_usd debe ser un importe no negativo con 2 decimales como máximo",
        "line and column are libxml2's, in the rendered report; fix the template or the schema":
            "la línea y la columna son de libxml2, en el reporte generado; corrija la plantilla o el esquema",
        "line {} of pedimento {} appears again":
            "la partida {} del pedimento {} aparece otra vez",
        "line {} of pedimento {} discharged {}, more than the {} imported":
            "la partida {} del pedimento {} descargó {}, más de lo importado, {}",
        "line {} of pedimento {} is in the inventory control but not among the temporary imports of the Data Stage read ({})":
            "la partida {} del pedimento {} está en el control de inventarios pero no entre las importaciones temporales del Data Stage leído ({})",
        "make cfdi/ a folder holding the SAT's packages":
            "haga de cfdi/ una carpeta con los paquetes del SAT",
        "make datastage/ a folder holding the SAT's ZIPs, or remove it to use exports.csv alone":
            "haga de datastage/ una carpeta con los ZIP del SAT, o quítela para usar solo exports.csv",
        "max_days_apart must be a number of days from 0 to 366":
            "max_days_apart debe ser un número de días de 0 a 366",
        "method 'annual-average' needs annual_average_rate":
            "el método 'annual-average' necesita annual_average_rate",
        "minimum_percent must be between 0 and 100":
            "minimum_percent debe estar entre 0 y 100",
        "move it away first, or pass --force to replace it":
            "muévalo antes, o indique --force para sustituirlo",
        "mxn_tolerance_percent must be between 0 and 100":
            "mxn_tolerance_percent debe estar entre 0 y 100",
        "pass a later --as-of to include them":
            "indique un --as-of posterior para incluirlos",
        "pass the acuse VUCEM issued, with --acknowledgement":
            "indique el acuse que emitió VUCEM, con --acknowledgement",
        "pedimento key {} ({} side) is in neither the key catalogue {} nor rules.toml {}":
            "la clave de pedimento {} (lado {}) no está ni en el catálogo de claves {} ni en rules.toml {}",
        "pedimento {} has key {}, not a rectification key, but names {} in 'rectifies'; the column is ignored for it":
            "el pedimento {} tiene clave {}, que no es de rectificación, pero nombra {} en 'rectifies'; para él se ignora la columna",
        "plan its return or change of regime before {}":
            "planee su retorno o cambio de régimen antes del {}",
        "quantities are zero or more":
            "las cantidades son cero o más",
        "rectification {} replaces pedimento {}, which is not in this file; its values are not counted":
            "la rectificación {} sustituye al pedimento {}, que no está en este archivo; sus valores no se cuentan",
        "related CFDI '{}' is not a UUID":
            "el CFDI relacionado '{}' no es un UUID",
        "remove it if the problem was fixed, or correct its code, at or about":
            "quítela si el problema se corrigió, o corrija su code, at o about",
        "request the missing periods from the SAT and add their ZIPs to datastage/":
            "solicite al SAT los periodos que faltan y agregue sus ZIP a datastage/",
        "restore it from the tool's templates/":
            "restáurelo de templates/ de la herramienta",
        "restore {} from the tool's release":
            "restaure {} de la versión de la herramienta",
        "return or change the regime of what is left of it; goods past their term are deemed illegally in the country":
            "retorne o cambie de régimen lo que queda; la mercancía con plazo vencido se considera ilegal en el país",
        "run `immex check {}` to see them":
            "corra `immex check {}` para verlos",
        "run `immex file {}` first; the archive seals the bundle that was filed":
            "corra primero `immex file {}`; el archivo sella el expediente que se presentó",
        "sales source '{}' is not known":
            "la fuente de ventas '{}' no se conoce",
        "save it as UTF-8":
            "guárdelo como UTF-8",
        "say in one line why the key counts so":
            "diga en una línea por qué la clave cuenta así",
        "say what explains the finding, who reviewed it, and when":
            "diga qué explica el hallazgo, quién lo revisó y cuándo",
        "separator '{}' is not offered":
            "el separador '{}' no se ofrece",
        "the CFDI has no {}":
            "el CFDI no tiene {}",
        "the CFDI's peso amount is beyond what one invoice may state, or takes total sales beyond the largest total the report states (MXN {})":
            "el importe en pesos del CFDI excede lo que una factura puede declarar, o lleva las ventas totales más allá del mayor total que declara el reporte (MXN {})",
        "the Data Stage's 556 gives the line no IGI rate":
            "la 556 del Data Stage no da tasa de IGI a la partida",
        "the INPC of {} is not in templates/inpc.toml (add it from INEGI's publication)":
            "el INPC de {} no está en templates/inpc.toml (agréguelo de la publicación del INEGI)",
        "the SAT never names members so: {}":
            "el SAT nunca nombra así a los miembros: {}",
        "the acknowledgement {} cannot be read":
            "el acuse {} no se puede leer",
        "the invoice's peso amount is beyond what one invoice may state (MXN {}), or takes total sales beyond the largest total the report states (MXN {})":
            "el importe en pesos de la factura excede lo que una factura puede declarar (MXN {}), o lleva las ventas totales más allá del mayor total que declara el reporte (MXN {})",
        "the key catalogue lists no key":
            "el catálogo de claves no lista ninguna clave",
        "the law's term is 18 for inputs, 24 for containers":
            "el plazo legal es de 18 para insumos, 24 para contenedores",
        "the member may be damaged; download the request again":
            "el miembro puede estar dañado; descargue de nuevo la solicitud",
        "the member may be truncated or edited; download the request again":
            "el miembro puede estar truncado o editado; descargue de nuevo la solicitud",
        "the number is too large":
            "el número es demasiado grande",
        "the package may be damaged; download it again":
            "el paquete puede estar dañado; descárguelo de nuevo",
        "the pedimento's lines add up beyond the largest total the report states ({})":
            "las partidas del pedimento suman más del mayor total que declara el reporte ({})",
        "the request's period in {} is not a pair of dates":
            "el periodo de la solicitud en {} no es un par de fechas",
        "the stamp's UUID '{}' is not a UUID":
            "el UUID del timbre '{}' no es un UUID",
        "the surcharge rate of {} is not in templates/surcharge-rates.toml (add it from that year's Ley de Ingresos)":
            "la tasa de recargos de {} no está en templates/surcharge-rates.toml (agréguela de la Ley de Ingresos de ese año)",
        "the thousands separator '{}' is also the decimal point":
            "el separador de miles '{}' es también el punto decimal",
        "the year's exports add up beyond the largest total the report states ({})":
            "las exportaciones del año suman más del mayor total que declara el reporte ({})",
        "the year's exports add up beyond the largest total the report states ({}); this pedimento pushed them over":
            "las exportaciones del año suman más del mayor total que declara el reporte ({}); este pedimento las rebasó",
        "there is no folder {}":
            "no existe la carpeta {}",
        "this explanation of {}{}{} matches no finding of this run":
            "esta explicación de {}{}{} no corresponde a ningún hallazgo de esta corrida",
        "this row of {} has {} fields, the header has {}":
            "este renglón de {} tiene {} campos, el encabezado {}",
        "thousands separators '{}' are not offered":
            "los separadores de miles '{}' no se ofrecen",
        "total sales and the exports' commercial value add up beyond the largest total the report states":
            "las ventas totales y el valor comercial de las exportaciones suman más del mayor total que declara el reporte",
        "total sales are {} MXN, so the share of exports cannot be computed":
            "las ventas totales son {} MXN, así que no se puede calcular el porcentaje de exportaciones",
        "total sales of {} are beyond the largest total the report states (MXN {})":
            "las ventas totales de {} exceden el mayor total que declara el reporte (MXN {})",
        "unexpected character '{}' at position {}; write digits with a '.' decimal point, without thousands separators or currency signs":
            "carácter inesperado '{}' en la posición {}; escriba dígitos con punto decimal '.', sin separadores de miles ni signos de moneda",
        "unknown setting '{}' in explanation {}":
            "parámetro desconocido '{}' en la explicación {}",
        "unknown setting '{}' in {}":
            "parámetro desconocido '{}' en {}",
        "unpack the outer ZIPs and put the SAT's ZIPs in the folder, or raise [limits] zip_nesting in rules.toml":
            "desempaque los ZIP exteriores y ponga en la carpeta los ZIP del SAT, o aumente [limits] zip_nesting en rules.toml",
        "use the member as downloaded":
            "use el miembro tal como se descargó",
        "warning_days must be a number of days from 0 to 366":
            "warning_days debe ser un número de días de 0 a 366",
        "with a decimal point, write thousands = \",\"":
            "con punto decimal, escriba thousands = \",\"",
        "with decimal_comma = true, write thousands = \".\"":
            "con decimal_comma = true, escriba thousands = \".\"",
        "write a path relative to templates/, like \"annual-report.xsd\"":
            "escriba una ruta relativa a templates/, como \"annual-report.xsd\"",
        "write dates as \"YYYY-MM-DD\"":
            "escriba las fechas como \"AAAA-MM-DD\"",
        "write each explanation under its own [[explained]] header":
            "escriba cada explicación bajo su propio encabezado [[explained]]",
        "write it as YYYY-MM-DD":
            "escríbala como AAAA-MM-DD",
        "write it under an [[explained]] header":
            "escríbala bajo un encabezado [[explained]]",
        "write one or more of \".\", \",\", \" \" and \"'\", like thousands = \".\"":
            "escriba uno o más de \".\", \",\", \" \" y \"'\", como thousands = \".\"",
        "write the table's name in its brackets, like [usd_test]":
            "escriba el nombre de la tabla entre corchetes, como [usd_test]",
        "{} '{}' is not an amount with at most 2 decimals, up to {}":
            "{} '{}' no es un importe con 2 decimales como máximo, hasta {}",
        "{} '{}' must be a file name inside templates/":
            "{} '{}' debe ser un nombre de archivo dentro de templates/",
        "{} Rfc '{}' is not an RFC":
            "el Rfc de {} '{}' no es un RFC",
        "{} already exists; it was not replaced":
            "{} ya existe; no se sustituyó",
        "{} cannot be read as a ZIP: {}":
            "{} no se puede leer como ZIP: {}",
        "{} cannot be read, so no cost is estimated: {}":
            "{} no se puede leer, así que no se estima costo: {}",
        "{} could not be parsed: {}":
            "{} no se pudo interpretar: {}",
        "{} decimals where at most {} are allowed":
            "{} decimales donde se admiten {} como máximo",
        "{} does not start with a Data Stage header: its first line is {} bytes long":
            "{} no empieza con un encabezado del Data Stage: su primera línea mide {} bytes",
        "{} has an unsafe path (absolute, or with '..'); it was not read":
            "{} tiene una ruta insegura (absoluta, o con '..'); no se leyó",
        "{} has no {}":
            "{} no tiene {}",
        "{} has {} errors, so last year's monthly shape is not used":
            "{} tiene {} errores, así que no se usa la forma mensual del año anterior",
        "{} holds no CFDI XML and no metadata .txt":
            "{} no contiene XML de CFDI ni .txt de metadatos",
        "{} invoices and {} pedimentos dated after {} are left out of this dry run":
            "{} facturas y {} pedimentos con fecha posterior al {} se dejan fuera de este simulacro",
        "{} is UTF-8, not the ISO-8859-1 the SAT delivers; it was read as UTF-8":
            "{} es UTF-8, no el ISO-8859-1 que entrega el SAT; se leyó como UTF-8",
        "{} is a file, not a folder, so no Data Stage was read":
            "{} es un archivo, no una carpeta, así que no se leyó ningún Data Stage",
        "{} is a file, not a folder; move it away":
            "{} es un archivo, no una carpeta; muévalo",
        "{} is nested more than {} ZIPs deep; it was not read":
            "{} está anidado en más de {} niveles de ZIP; no se leyó",
        "{} is not a folder that can be listed, so no CFDI was read":
            "{} no es una carpeta que se pueda listar, así que no se leyó ningún CFDI",
        "{} is not valid TOML: {}":
            "{} no es TOML válido: {}",
        "{} more invoices of sales.csv are in none of cfdi/'s packages (the first {} are listed)":
            "{} facturas más de sales.csv no están en ningún paquete de cfdi/ (se listan las primeras {})",
        "{} more {} findings of cfdi/ (the first {} are listed)":
            "{} hallazgos {} más de cfdi/ (se listan los primeros {})",
        "{} must be a non-negative amount with at most 2 decimals":
            "{} debe ser un importe no negativo con 2 decimales como máximo",
        "{} must be a percentage from 0 to 100":
            "{} debe ser un porcentaje de 0 a 100",
        "{} must be a whole number from {} to {}":
            "{} debe ser un número entero de {} a {}",
        "{} must be a whole number of months from 1 to 240":
            "{} debe ser un número entero de meses de 1 a 240",
        "{} must leave by {}, {} days from {}{}":
            "{} debe salir a más tardar el {}, a {} días del {}{}",
        "{} passed its term on {}{}":
            "{} venció su plazo el {}{}",
        "{} pedimentos paid outside {} were left out":
            "{} pedimentos pagados fuera de {} se dejaron fuera",
        "{} {} '{}' is not an amount":
            "{} {} '{}' no es un importe",
        "{}/ cannot be listed: {}":
            "{}/ no se puede listar: {}",
        "{}/datastage/ is missing: temporary imports are read from the SAT's Data Stage":
            "falta {}/datastage/: las importaciones temporales se leen del Data Stage del SAT",
        "{}; if the member is real, raise [limits] zip_member_mib or zip_expansion_ratio in rules.toml":
            "{}; si el miembro es real, aumente [limits] zip_member_mib o zip_expansion_ratio en rules.toml",
        "{}; the file may be truncated":
            "{}; el archivo puede estar truncado",
        "{}; the file may have changed while it was read":
            "{}; el archivo pudo cambiar mientras se leía",
        "the document is empty":
            "el documento está vacío",
        "the document could not be read":
            "no se pudo leer el documento",

        // What is wrong with an RFC
        "an RFC has 12 characters (a company) or 13 (a person); this one has {}":
            "un RFC tiene 12 caracteres (una persona moral) o 13 (una persona física); este tiene {}",
        "its first {} characters must be letters (A–Z, Ñ or &)":
            "sus primeros {} caracteres deben ser letras (A–Z, Ñ o &)",
        "characters {} to {} must be a date, YYMMDD":
            "los caracteres {} a {} deben ser una fecha, AAMMDD",
        "characters {} and {} (the homoclave) must be letters or digits":
            "los caracteres {} y {} (la homoclave) deben ser letras o dígitos",
        "its last character, the check character, must be a digit or A; it is '{}'":
            "su último carácter, el dígito verificador, debe ser un dígito o A; es '{}'",
        "a letter with an accent or mark is not one of an RFC's letters":
            "una letra con acento o marca no es una de las letras de un RFC",

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

        // Files, rows and settings
        "{} does not exist": "{} no existe",
        "create it; a template of every input file is in fiscal-years/2025/": "créelo; hay una plantilla de cada archivo de entrada en fiscal-years/2025/",
        "{} '{}' is not valid": "{} '{}' no es válido",
        "fill it in; the column is required": "llénelo; la columna es obligatoria",
        "the value is empty": "el valor está vacío",
        "UUID {} appears again": "el UUID {} aparece otra vez",
        "each CFDI is one row; remove the repeated row": "cada CFDI es un renglón; quite el renglón repetido",
        "UUID {} appears again in the metadata": "el UUID {} aparece otra vez en los metadatos",
        "overlapping downloads list a CFDI twice; keep one": "las descargas traslapadas listan un CFDI dos veces; conserve uno",
        "pedimento {} of customs section {} appears again": "el pedimento {} de la sección aduanera {} aparece otra vez",
        "customer RFC": "RFC del cliente", "customer country": "país del cliente", "export code": "clave de exportación", "currency": "moneda",
        "pedimento key": "clave de pedimento", "payment date": "fecha de pago", "issue date": "fecha de emisión",
        "the {} annual report was due {} and out/{}/ holds no filing archive (`immex archive` with VUCEM's acknowledgement); temporary imports are suspended until it is filed":
            "el reporte anual {} vencía el {} y out/{}/ no tiene archivo de presentación (`immex archive` con el acuse de VUCEM); las importaciones temporales se suspenden hasta que se presente",
        "the {} annual report was due {} and out/{}/ holds no filing archive (`immex archive` with VUCEM's acknowledgement); the late window closed {}":
            "el reporte anual {} vencía el {} y out/{}/ no tiene archivo de presentación (`immex archive` con el acuse de VUCEM); el plazo extemporáneo cerró el {}",
        "file now with `immex file {}`: it is accepted until {}": "presente ya con `immex file {}`: se acepta hasta el {}",
        "the program is cancelled from 1 September; consult your customs advisor":
            "el programa se cancela a partir del 1 de septiembre; consulte a su asesor aduanal",
        // Row values, in the files' own words
        "TotalUSD": "TotalUSD", "USD value": "valor en dólares", "UUID": "UUID", "balance": "saldo", "commercial value": "valor comercial",
        "destination country": "país de destino", "discharged quantity": "cantidad descargada", "discount": "descuento",
        "exchange rate": "tipo de cambio", "imported quantity": "cantidad importada", "invoice UUID": "UUID de la factura",
        "pedimento number": "número de pedimento", "rectified pedimento": "pedimento rectificado",
        "returned export pedimento": "pedimento de exportación retornado",
        "subtotal": "subtotal", "value added": "valor agregado",
        "amounts are written as positive numbers; a credit note is type E, a return is key K1":
            "los importes se escriben positivos; una nota de crédito es de tipo E, un retorno lleva la clave K1",
        "{} '{}' is not an amount: {}": "{} '{}' no es un importe: {}",
        "write it like 1234.56": "escríbalo como 1234.56",
        "{} '{}' has more than 2 decimals": "{} '{}' tiene más de 2 decimales",
        "amounts carry 2 decimals": "los importes llevan 2 decimales",
        "{} '{}' is beyond the largest amount one row may state ({})": "{} '{}' excede el mayor importe que un renglón puede declarar ({})",
        "check it for a typing error": "revise si hay un error de captura",
        "{} '{}' must be greater than zero": "{} '{}' debe ser mayor que cero",
        "write the pesos per unit of currency, like 17.12345": "escriba los pesos por unidad de la moneda, como 17.12345",
        "{} '{}' is not an exchange rate: {}": "{} '{}' no es un tipo de cambio: {}",
        "write the pesos per unit of currency, with at most {} decimals": "escriba los pesos por unidad de la moneda, con {} decimales como máximo",
        "write it as YYYY-MM-DD or as a CFDI date-time YYYY-MM-DDThh:mm:ss": "escríbala como AAAA-MM-DD o como fecha y hora de CFDI AAAA-MM-DDThh:mm:ss",
        "{} {} is outside fiscal year {}": "{} {} está fuera del ejercicio {}",
        "this file holds fiscal year {} only; move the row to its year's folder":
            "este archivo es solo del ejercicio {}; pase el renglón a la carpeta de su año",
        "a pedimento number has 15 digits: year (2), customs office (2), patent (4), sequence (7), spaces allowed":
            "un número de pedimento tiene 15 dígitos: año (2), aduana (2), patente (4), consecutivo (7); se admiten espacios",
        "the SAT stamp's UUID has 36 characters: 8-4-4-4-12 hexadecimal digits":
            "el UUID del timbre del SAT tiene 36 caracteres: 8-4-4-4-12 dígitos hexadecimales",
        "use the three-letter ISO code of c_Pais, like USA or DEU": "use la clave ISO de tres letras de c_Pais, como USA o DEU",
        "column '{}' appears twice in the header": "la columna '{}' aparece dos veces en el encabezado",
        "rename or remove one of them": "cambie el nombre de una de ellas o quítela",
        "the header is not separated by commas: it looks separated by '{}' ({})": "el encabezado no está separado por comas: parece separado por '{}' ({})",
        "say so in company.toml: [import.{}] separator = \"{}\" (or \"auto\"), or save the file with commas":
            "indíquelo en company.toml: [import.{}] separator = \"{}\" (o \"auto\"), o guarde el archivo con comas",
        "required column '{}'{} is not in the header{}; found: {}": "la columna obligatoria '{}'{} no está en el encabezado{}; se encontró: {}",
        "add the column, or map your ERP's header to it in company.toml: [columns.<file>] {} = \"Your Header\"":
            "agregue la columna, o asocie a ella el encabezado de su ERP en company.toml: [columns.<archivo>] {} = \"Su encabezado\"",
        "header '{}' is not the optional column '{}' but close to it, so that column is not read":
            "el encabezado '{}' no es la columna opcional '{}' pero se le parece, así que esa columna no se lee",
        "rename the header to '{}', or map it in company.toml: [columns.{}] {} = \"{}\"; if it holds something else, give it a name of its own":
            "cambie el encabezado a '{}', o asócielo en company.toml: [columns.{}] {} = \"{}\"; si contiene otra cosa, dele un nombre propio",
        "the quoted field that starts here is never closed": "el campo entre comillas que empieza aquí nunca se cierra",
        "add the closing '\"'; a quote inside a quoted field is written twice (\"\")":
            "agregue la comilla de cierre '\"'; una comilla dentro de un campo entre comillas se escribe dos veces (\"\")",
        "text follows the closing quote of a field": "hay texto después de la comilla de cierre de un campo",
        "quote the whole field, and write a quote inside it twice (\"\")":
            "ponga todo el campo entre comillas, y escriba dos veces una comilla dentro de él (\"\")",
        "TipoDeComprobante is I (sale) or E (credit note); T, N and P are accepted and left out":
            "TipoDeComprobante es I (venta) o E (nota de crédito); T, N y P se aceptan y se dejan fuera",
        "status '{}' is not known": "el estado '{}' no se conoce",
        "write active or cancelled (vigente or cancelado)": "escriba vigente o cancelado (active o cancelled)",
        "{}; foreign customers use XEXX010101000": "{}; los clientes extranjeros usan XEXX010101000",
        "not an RFC": "no es un RFC",
        "c_Exportacion is 01, 02, 03 or 04": "c_Exportacion es 01, 02, 03 o 04",
        "use the ISO 4217 code of c_Moneda, like MXN or USD": "use la clave ISO 4217 de c_Moneda, como MXN o USD",
        "an invoice in MXN has exchange rate {}": "una factura en MXN tiene tipo de cambio {}",
        "leave the rate empty or write 1 for invoices in pesos": "deje vacío el tipo de cambio o escriba 1 en las facturas en pesos",
        "an invoice in {} has no exchange rate": "una factura en {} no tiene tipo de cambio",
        "write the CFDI's TipoCambio, pesos per unit of {}, up to 6 decimals": "escriba el TipoCambio del CFDI, pesos por unidad de {}, hasta 6 decimales",
        "discount {} is larger than subtotal {}": "el descuento {} es mayor que el subtotal {}",
        "check the columns; CFDI's Descuento cannot exceed SubTotal": "revise las columnas; el Descuento de un CFDI no puede exceder el SubTotal",
        "pedimento '{}' is not a 15-digit pedimento number": "el pedimento '{}' no es un número de pedimento de 15 dígitos",
        "write YY AA PPPP NNNNNNN (spaces optional); separate several with commas inside quotes":
            "escriba AA AD PPPP NNNNNNN (espacios opcionales); separe varios con comas dentro de comillas",
        "each pedimento is one row; a rectification is a new pedimento with key R1":
            "cada pedimento es un renglón; una rectificación es un pedimento nuevo con clave R1",
        "the customs section has 3 digits: customs office (2) and section (1), like 240":
            "la sección aduanera tiene 3 dígitos: aduana (2) y sección (1), como 240",
        "a pedimento key (Anexo 22 appendix 2) has two letters or digits, like A1":
            "una clave de pedimento (Anexo 22, apéndice 2) tiene dos letras o dígitos, como A1",
        "rectification {} does not say which pedimento it rectifies": "la rectificación {} no dice qué pedimento rectifica",
        "write the original pedimento's 15-digit number in 'rectifies'": "escriba en 'rectifies' el número de 15 dígitos del pedimento original",
        "pedimento {} was filed at customs office {} but the customs section is {}":
            "el pedimento {} se presentó en la aduana {} pero la sección aduanera es {}",
        "check both columns; the section's first two digits are the customs office":
            "revise ambas columnas; los dos primeros dígitos de la sección son la aduana",
        "fixed_asset_return '{}' is neither yes nor no": "fixed_asset_return '{}' no es ni sí ni no",
        "write true for a return abroad of fixed assets (507 ClaveCaso AF), false or nothing otherwise":
            "escriba true para un retorno al extranjero de activo fijo (507 ClaveCaso AF); false o nada en otro caso",
        "{} cannot be read: {}": "{} no se puede leer: {}",
        "check the file's permissions": "revise los permisos del archivo",
        "{} is {}, not a file; only regular files are read": "{} es {}, no un archivo; solo se leen archivos regulares",
        "put the file itself there (a copy, not a pipe or a device)": "ponga ahí el archivo mismo (una copia, no una tubería ni un dispositivo)",
        "the templates ship with the tool: restore templates/ from its release, or pass --root to the folder that holds templates/":
            "las plantillas vienen con la herramienta: restaure templates/ de su versión, o indique con --root la carpeta que contiene templates/",
        "{} could not be hashed: {}": "no se pudo calcular el resumen de {}: {}",
        "unknown setting '{}'{}": "parámetro desconocido '{}'{}",
        " in [{}]": " en [{}]",
        "known settings here: {}": "parámetros conocidos aquí: {}",
        "setting '{}'{} is {}, not a string": "el parámetro '{}'{} es {}, no un texto",
        "write it in quotes": "escríbalo entre comillas",
        "setting '{}'{} is {}, not true or false": "el parámetro '{}'{} es {}, no true ni false",
        "write true or false, without quotes": "escriba true o false, sin comillas",
        "setting '{}'{} '{}' is not a number: {}": "el parámetro '{}'{} '{}' no es un número: {}",
        "write it like \"500000.00\"": "escríbalo como \"500000.00\"",
        "setting '{}'{} is written as a binary decimal number": "el parámetro '{}'{} está escrito como número decimal binario",
        "write it in quotes, like \"500000.00\", so that it stays exact": "escríbalo entre comillas, como \"500000.00\", para que quede exacto",
        "setting '{}'{} is {}, not a number": "el parámetro '{}'{} es {}, no un número",
        "write it in quotes, like \"10\"": "escríbalo entre comillas, como \"10\"",
        "setting '{}'{} must list strings; it holds {}": "el parámetro '{}'{} debe listar textos; contiene {}",
        "setting '{}'{} is {}, not a list": "el parámetro '{}'{} es {}, no una lista",
        "choose one of: {}": "elija uno de: {}",
        "setting 'modality' is missing": "falta el parámetro 'modality'",
        "{} is valid UTF-8 with accented letters although company.toml says {}; it was read as UTF-8":
            "{} es UTF-8 válido con letras acentuadas aunque company.toml dice {}; se leyó como UTF-8",
        "write encoding = \"utf-8\" under [import] for this file, or leave the setting out":
            "escriba encoding = \"utf-8\" bajo [import] para este archivo, o quite el parámetro",
        "byte 0x{} has no character in Windows-1252, so the file is not in that encoding; it is read as U+FFFD":
            "el byte 0x{} no tiene carácter en Windows-1252, así que el archivo no está en esa codificación; se lee como U+FFFD",
        "check which encoding the ERP writes (encoding = \"iso-8859-1\" or \"utf-8\"), or save the file as \"CSV UTF-8\"":
            "revise qué codificación escribe el ERP (encoding = \"iso-8859-1\" o \"utf-8\"), o guarde el archivo como \"CSV UTF-8\"",
        "amount '{}' is not in this file's form (decimal {}, {})": "el importe '{}' no tiene la forma de este archivo (decimal {}, {})",
        "write it like {}, or correct decimal_comma and thousands under [import] in company.toml":
            "escríbalo como {}, o corrija decimal_comma y thousands bajo [import] en company.toml",
        "date '{}' is not in this file's form ({}, optionally with a time hh:mm or hh:mm:ss)":
            "la fecha '{}' no tiene la forma de este archivo ({}, con hora hh:mm o hh:mm:ss opcional)",
        "fix the date, or correct dates = \"{}\" under [import] in company.toml": "corrija la fecha, o corrija dates = \"{}\" bajo [import] en company.toml",
        "this row has {} fields, the header has {}": "este renglón tiene {} campos, el encabezado {}",
        "a field cannot hold the separator ({}); check the row for a missing or extra one":
            "un campo no puede contener el separador ({}); revise si al renglón le falta o le sobra uno",
        "check that the file exists and can be read": "revise que el archivo exista y se pueda leer",
        "{} is empty; it needs a header row": "{} está vacío; necesita un renglón de encabezado",
        "start with the header: {}": "empiece con el encabezado: {}",
        "byte 0x{}{} is not UTF-8, so the file was not saved as UTF-8 (Windows-1252 or ISO-8859-1, as Excel often saves it); its text is read with replacement characters":
            "el byte 0x{}{} no es UTF-8, así que el archivo no se guardó como UTF-8 (Windows-1252 o ISO-8859-1, como suele guardarlo Excel); su texto se lee con caracteres de reemplazo",
        "save the file as \"CSV UTF-8\", or name the encoding the ERP writes in company.toml: [import.{}] encoding = \"windows-1252\" (or \"iso-8859-1\")":
            "guarde el archivo como \"CSV UTF-8\", o indique en company.toml la codificación que escribe el ERP: [import.{}] encoding = \"windows-1252\" (o \"iso-8859-1\")",
        "--as-of {} is outside fiscal year {}": "--as-of {} está fuera del ejercicio {}",
        "give a date in {}, or none": "indique una fecha de {}, o ninguna",
    ]
}
