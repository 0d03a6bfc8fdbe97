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
