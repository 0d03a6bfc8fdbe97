// What reconciliation says: invoices against pedimentos, the Data Stage against exports.csv, the CFDI against sales.csv.
// English template (as the code writes it) → Spanish; see MessageCatalogue+Spanish.swift.
extension MessageCatalogue {
    static let spanishReconciliation: [String: String] = [
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
        "CFDI {} is also in an earlier package of cfdi/, with the same figures; it was counted once":
            "el CFDI {} también está en un paquete anterior de cfdi/, con las mismas cifras; se contó una vez",
        "overlapping downloads repeat CFDI; nothing to do": "las descargas que se traslapan repiten CFDI; no hay nada que hacer",
        "CFDI {} is also in an earlier package of cfdi/ with other figures (type, date, amounts, currency, parties or pedimentos): one copy is not the SAT's, and which one cannot be told here":
            "el CFDI {} también está en un paquete anterior de cfdi/ con otras cifras (tipo, fecha, importes, moneda, partes o pedimentos): una de las copias no es la del SAT, y aquí no se puede saber cuál",
        "download the CFDI again from the SAT, keep that copy in one package, and remove the other":
            "descargue de nuevo el CFDI del SAT, conserve esa copia en un solo paquete y quite la otra",
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

        // CFDI repeated across packages, when sales.csv is summed
        "CFDI {} is also in an earlier package of cfdi/, with the same figures; it was compared once":
            "el CFDI {} también está en un paquete anterior de cfdi/, con las mismas cifras; se comparó una vez",
    ]
}
