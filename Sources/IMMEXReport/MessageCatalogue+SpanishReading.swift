// What reading says: files, encodings, rows, columns, values, the Data Stage's and the CFDI's packages.
// English template (as the code writes it) → Spanish; see MessageCatalogue+Spanish.swift.
extension MessageCatalogue {
    static let spanishReading: [String: String] = [
        // The Data Stage's requests, the CFDI's packages, files as read
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
        "a line (SecuenciaFraccion) is a number from 1 to 9999":
            "una partida (SecuenciaFraccion) es un número de 1 a 9999",
        "a request's period may span two years; they belong to the other year's report":
            "el periodo de una solicitud puede abarcar dos años; esos corresponden al reporte del otro año",
        "as_of '{}' is not a date":
            "as_of '{}' no es una fecha",
        "balance {} is not imported {} less discharged {}":
            "el saldo {} no es lo importado {} menos lo descargado {}",
        "check the folder's permissions":
            "revise los permisos de la carpeta",
        "check the inventory control's discharges of this line; more cannot leave than came in":
            "revise los descargos de esta partida en el control de inventarios; no puede salir más de lo que entró",
        "close the quote; write a quote inside a field twice (\"\")":
            "cierre la comilla; escriba dos veces una comilla dentro de un campo (\"\")",
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
        "each pedimento line is one row of the inventory control":
            "cada partida de pedimento es un renglón del control de inventarios",
        "give it the name the SAT gave it":
            "dele el nombre que le dio el SAT",
        "it is not a Data Stage request: download the request again, or remove the file":
            "no es una solicitud del Data Stage: descargue de nuevo la solicitud, o quite el archivo",
        "it is not a package of the SAT's bulk download: download it again, or remove the file":
            "no es un paquete de la descarga masiva del SAT: descárguelo de nuevo, o quite el archivo",
        "leave balance empty, or correct the row":
            "deje vacío el saldo, o corrija el renglón",
        "line {} of pedimento {} appears again":
            "la partida {} del pedimento {} aparece otra vez",
        "line {} of pedimento {} discharged {}, more than the {} imported":
            "la partida {} del pedimento {} descargó {}, más de lo importado, {}",
        "make cfdi/ a folder holding the SAT's packages":
            "haga de cfdi/ una carpeta con los paquetes del SAT",
        "make datastage/ a folder holding the SAT's ZIPs, or remove it to use exports.csv alone":
            "haga de datastage/ una carpeta con los ZIP del SAT, o quítela para usar solo exports.csv",
        "pedimento key {} ({} side) is in neither the key catalogue {} nor rules.toml {}":
            "la clave de pedimento {} (lado {}) no está ni en el catálogo de claves {} ni en rules.toml {}",
        "quantities are zero or more":
            "las cantidades son cero o más",
        "related CFDI '{}' is not a UUID":
            "el CFDI relacionado '{}' no es un UUID",
        "request the missing periods from the SAT and add their ZIPs to datastage/":
            "solicite al SAT los periodos que faltan y agregue sus ZIP a datastage/",
        "the CFDI has no {}":
            "el CFDI no tiene {}",
        "the SAT never names members so: {}":
            "el SAT nunca nombra así a los miembros: {}",
        "the member may be damaged; download the request again":
            "el miembro puede estar dañado; descargue de nuevo la solicitud",
        "the member may be truncated or edited; download the request again":
            "el miembro puede estar truncado o editado; descargue de nuevo la solicitud",
        "the package may be damaged; download it again":
            "el paquete puede estar dañado; descárguelo de nuevo",
        "the pedimento's lines add up beyond the largest total the report states ({})":
            "las partidas del pedimento suman más del mayor total que declara el reporte ({})",
        "the request's period in {} is not a pair of dates":
            "el periodo de la solicitud en {} no es un par de fechas",
        "the stamp's UUID '{}' is not a UUID":
            "el UUID del timbre '{}' no es un UUID",
        "this row of {} has {} fields, the header has {}":
            "este renglón de {} tiene {} campos, el encabezado {}",
        "unpack the outer ZIPs and put the SAT's ZIPs in the folder, or raise [limits] zip_nesting in rules.toml":
            "desempaque los ZIP exteriores y ponga en la carpeta los ZIP del SAT, o aumente [limits] zip_nesting en rules.toml",
        "use the member as downloaded":
            "use el miembro tal como se descargó",
        "write it as YYYY-MM-DD":
            "escríbala como AAAA-MM-DD",
        "{} '{}' is not an amount with at most 2 decimals, up to {}":
            "{} '{}' no es un importe con 2 decimales como máximo, hasta {}",
        "{} Rfc '{}' is not an RFC":
            "el Rfc de {} '{}' no es un RFC",
        "{} cannot be read as a ZIP: {}":
            "{} no se puede leer como ZIP: {}",
        "{} does not start with a Data Stage header: its first line is {} bytes long":
            "{} no empieza con un encabezado del Data Stage: su primera línea mide {} bytes",
        "{} has an unsafe path (absolute, or with '..'); it was not read":
            "{} tiene una ruta insegura (absoluta, o con '..'); no se leyó",
        "{} has no {}":
            "{} no tiene {}",
        "{} holds no CFDI XML and no metadata .txt":
            "{} no contiene XML de CFDI ni .txt de metadatos",
        "{} is UTF-8, not the ISO-8859-1 the SAT delivers; it was read as UTF-8":
            "{} es UTF-8, no el ISO-8859-1 que entrega el SAT; se leyó como UTF-8",
        "{} is a file, not a folder, so no Data Stage was read":
            "{} es un archivo, no una carpeta, así que no se leyó ningún Data Stage",
        "{} is nested more than {} ZIPs deep; it was not read":
            "{} está anidado en más de {} niveles de ZIP; no se leyó",
        "{} is not a folder that can be listed, so no CFDI was read":
            "{} no es una carpeta que se pueda listar, así que no se leyó ningún CFDI",
        "{} pedimentos paid outside {} were left out":
            "{} pedimentos pagados fuera de {} se dejaron fuera",
        "{} {} '{}' is not an amount":
            "{} {} '{}' no es un importe",
        "{}/ cannot be listed: {}":
            "{}/ no se puede listar: {}",
        "{}; if the member is real, raise [limits] zip_member_mib or zip_expansion_ratio in rules.toml":
            "{}; si el miembro es real, aumente [limits] zip_member_mib o zip_expansion_ratio en rules.toml",
        "{}; the file may be truncated":
            "{}; el archivo puede estar truncado",
        "{}; the file may have changed while it was read":
            "{}; el archivo pudo cambiar mientras se leía",

        // Files and rows
        "{} does not exist": "{} no existe",
        "create it; a template of every input file is in fiscal-years/2025/": "créelo; hay una plantilla de cada archivo de entrada en fiscal-years/2025/",
        "{} '{}' is not valid": "{} '{}' no es válido",
        "fill it in; the column is required": "llénelo; la columna es obligatoria",
        "UUID {} appears again": "el UUID {} aparece otra vez",
        "each CFDI is one row; remove the repeated row": "cada CFDI es un renglón; quite el renglón repetido",
        "UUID {} appears again in the metadata": "el UUID {} aparece otra vez en los metadatos",
        "overlapping downloads list a CFDI twice; keep one": "las descargas traslapadas listan un CFDI dos veces; conserve uno",
        "pedimento {} of customs section {} appears again": "el pedimento {} de la sección aduanera {} aparece otra vez",
        "customer RFC": "RFC del cliente", "customer country": "país del cliente", "export code": "clave de exportación", "currency": "moneda",
        "pedimento key": "clave de pedimento", "payment date": "fecha de pago", "issue date": "fecha de emisión",

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
        "not an RFC": "no es un RFC",

        // Rows, quoting, encodings and values (more)
        "the rectified pedimento's PatenteAnterior '{}', PedimentoAnterior '{}', SeccionAduaneraAnterior '{}' are not up to 4, 7 and 3 digits; the rectification cannot be linked, and counting it as a new export could count one export twice":
            "PatenteAnterior '{}', PedimentoAnterior '{}' y SeccionAduaneraAnterior '{}' del pedimento rectificado no tienen hasta 4, 7 y 3 dígitos; la rectificación no se puede enlazar, y contarla como exportación nueva podría contar dos veces una exportación",
        "TipoOperacion '{}' is neither 1 (import) nor 2 (export)": "TipoOperacion '{}' no es 1 (importación) ni 2 (exportación)",
        "Data Stage table {} lacks column {}; found: {}": "a la tabla del Data Stage {} le falta la columna {}; tiene: {}",
        "Data Stage table {} lacks columns {}; found: {}": "a la tabla del Data Stage {} le faltan las columnas {}; tiene: {}",
        "{} is empty (0 bytes)": "{} está vacío (0 bytes)",
        "{} holds no Data Stage table ({{}folio}_{{}code}.asc)": "{} no contiene tablas del Data Stage ({{}folio}_{{}code}.asc)",
        "{} is not named as a Data Stage table ({{}folio}_{{}code}.asc, like 752372_551.asc); it was not read":
            "{} no tiene nombre de tabla del Data Stage ({{}folio}_{{}code}.asc, como 752372_551.asc); no se leyó",
        "a quoted field is never closed": "un campo entre comillas nunca se cierra",
        "text follows a closing quote": "hay texto después de unas comillas de cierre",
        "quote the whole field; write a quote inside it twice (\"\")":
            "ponga todo el campo entre comillas; escriba dos veces una comilla dentro de él (\"\")",
        "a field with a {} in it must be quoted: \"like{} this\"": "un campo que contiene {} debe ir entre comillas: \"así{} esto\"",
        " (named '{}' by the alias in company.toml)": " (llamada '{}' por el alias en company.toml)",
        "; '{}' is close to it": "; '{}' se le parece",
        "{} ('{}') is empty": "{} ('{}') está vacío",
        "{} '{}' is negative": "{} '{}' es negativo",
        "; more such bytes follow in 1 later stretch of the file": "; hay más bytes así en 1 tramo posterior del archivo",
        "; more such bytes follow in {} later stretches of the file": "; hay más bytes así en {} tramos posteriores del archivo",
        "TipoDeComprobante '{}' is not I, E, T, N or P": "TipoDeComprobante '{}' no es I, E, T, N ni P",
        "Exportacion '{}' is not 01, 02, 03 or 04": "Exportacion '{}' no es 01, 02, 03 ni 04",
        "pedimento line": "partida del pedimento",
        "{} is negative": "{} es negativo",
        "no thousands separator": "sin separador de miles",
        "thousands grouped by {}": "miles agrupados con {}",
        "thousands grouped by {} or {}": "miles agrupados con {} o {}",
        "amount '{}' is not in this file's form (decimal comma, {})": "el importe '{}' no está en la forma de este archivo (coma decimal, {})",
        "amount '{}' is not in this file's form (decimal point, {})": "el importe '{}' no está en la forma de este archivo (punto decimal, {})",
        "customs section": "sección aduanera",
        "a date, YYYY-MM-DD hh:mm:ss or DD/MM/YYYY hh:mm:ss": "una fecha, AAAA-MM-DD hh:mm:ss o DD/MM/AAAA hh:mm:ss",
        "1 (in force) or 0 (cancelled)": "1 (vigente) o 0 (cancelado)",
        "a FIFO (named pipe)": "una FIFO (tubería con nombre)",
        "not a regular file": "algo que no es un archivo regular",
        "a folder": "una carpeta",
        "a device": "un dispositivo",
        "a socket": "un socket",
        "it cannot be opened": "no se puede abrir",

        // The SAT's metadata
        "CFDI type": "tipo de CFDI",
        "issuer RFC": "RFC del emisor",
        "receiver RFC": "RFC del receptor",
        "an RFC of 12 or 13 characters": "un RFC de 12 o 13 caracteres",
        "I, E, T, N or P": "I, E, T, N o P",
    ]
}
