// What the settings say: company.toml, rules.toml, import profiles, explanations.toml, the key catalogue, the estimate's tables, the templates.
// English template (as the code writes it) → Spanish; see MessageCatalogue+Spanish.swift.
extension MessageCatalogue {
    static let spanishSettings: [String: String] = [
        // Settings files as read: their form, tables and values
        "'explained' must be a list of [[explained]] tables":
            "'explained' debe ser una lista de tablas [[explained]]",
        "'{}' in [temporary_imports] {} is not a pedimento key":
            "'{}' en [temporary_imports] {} no es una clave de pedimento",
        "'{}' in [{}] {} is not a pedimento key":
            "'{}' en [{}] {} no es una clave de pedimento",
        "'{}' in the key catalogue is not a pedimento key's table":
            "'{}' en el catálogo de claves no es la tabla de una clave de pedimento",
        "RFC '{}' is not valid":
            "el RFC '{}' no es válido",
        "USD conversion method '{}' is not known":
            "el método de conversión a dólares '{}' no se conoce",
        "[{}] {} of {} is not a positive number":
            "[{}] {} de {} no es un número positivo",
        "add annual_average_rate = \"19.12345\" (pesos per dollar)":
            "agregue annual_average_rate = \"19.12345\" (pesos por dólar)",
        "add {} = one of: {}":
            "agregue {} = uno de: {}",
        "choose one of: declared, pedimento-rate, annual-average":
            "elija uno de: declared, pedimento-rate, annual-average",
        "copy the code from findings.csv, like \"date-mismatch\"":
            "copie el código de findings.csv, como \"date-mismatch\"",
        "create it with company.toml, rules.toml, sales.csv and exports.csv (templates are in fiscal-years/2025/), or pass --root":
            "créela con company.toml, rules.toml, sales.csv y exports.csv (hay plantillas en fiscal-years/2025/), o indique --root",
        "each explanation is a [[explained]] table":
            "cada explicación es una tabla [[explained]]",
        "each key is a table of its own, named by its two letters or digits, like [A1]":
            "cada clave es una tabla propia, con el nombre de sus dos letras o dígitos, como [A1]",
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
        "fix the syntax; strings are quoted, lists are written [\"A1\", \"RT\"]":
            "corrija la sintaxis; los textos van entre comillas, las listas se escriben [\"A1\", \"RT\"]",
        "holiday '{}' is not a date":
            "el día inhábil '{}' no es una fecha",
        "if the key is right, add it to {} with its Anexo 22 description, or give it a class in rules.toml {}":
            "si la clave es correcta, agréguela a {} con su descripción del Anexo 22, o dele una clase en rules.toml {}",
        "keep it in one class":
            "déjela en una sola clase",
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
        "limit_usd must be a non-negative amount with at most 2 decimals":
            "limit_usd debe ser un importe no negativo con 2 decimales como máximo",
        "max_days_apart must be a number of days from 0 to 366":
            "max_days_apart debe ser un número de días de 0 a 366",
        "method 'annual-average' needs annual_average_rate":
            "el método 'annual-average' necesita annual_average_rate",
        "minimum_percent must be between 0 and 100":
            "minimum_percent debe estar entre 0 y 100",
        "mxn_tolerance_percent must be between 0 and 100":
            "mxn_tolerance_percent debe estar entre 0 y 100",
        "restore {} from the tool's release":
            "restaure {} de la versión de la herramienta",
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
        "the key catalogue lists no key":
            "el catálogo de claves no lista ninguna clave",
        "the law's term is 18 for inputs, 24 for containers":
            "el plazo legal es de 18 para insumos, 24 para contenedores",
        "the thousands separator '{}' is also the decimal point":
            "el separador de miles '{}' es también el punto decimal",
        "there is no folder {}":
            "no existe la carpeta {}",
        "thousands separators '{}' are not offered":
            "los separadores de miles '{}' no se ofrecen",
        "unknown setting '{}' in explanation {}":
            "parámetro desconocido '{}' en la explicación {}",
        "unknown setting '{}' in {}":
            "parámetro desconocido '{}' en {}",
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
        "write it under an [[explained]] header":
            "escríbala bajo un encabezado [[explained]]",
        "write one or more of \".\", \",\", \" \" and \"'\", like thousands = \".\"":
            "escriba uno o más de \".\", \",\", \" \" y \"'\", como thousands = \".\"",
        "write the table's name in its brackets, like [usd_test]":
            "escriba el nombre de la tabla entre corchetes, como [usd_test]",
        "{} '{}' must be a file name inside templates/":
            "{} '{}' debe ser un nombre de archivo dentro de templates/",
        "{} could not be parsed: {}":
            "{} no se pudo interpretar: {}",
        "{} is not valid TOML: {}":
            "{} no es TOML válido: {}",
        "{} must be a non-negative amount with at most 2 decimals":
            "{} debe ser un importe no negativo con 2 decimales como máximo",
        "{} must be a percentage from 0 to 100":
            "{} debe ser un porcentaje de 0 a 100",
        "{} must be a whole number from {} to {}":
            "{} debe ser un número entero de {} a {}",
        "{} must be a whole number of months from 1 to 240":
            "{} debe ser un número entero de meses de 1 a 240",

        // Settings unknown, missing, or of the wrong kind
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

        // Import profiles, estimate tables, the key catalogue, explanations
        "write it like \"10\"": "escríbalo como \"10\"",
        "choose \"csv\" (the ERP's sales.csv) or \"cfdi\" (the SAT's packages in cfdi/)":
            "elija \"csv\" (el sales.csv del ERP) o \"cfdi\" (los paquetes del SAT en cfdi/)",
        "write it like \"2\"": "escríbalo como \"2\"",
        "write it like \"1.00\"": "escríbalo como \"1.00\"",
        "write it like 10": "escríbalo como 10",
        "write it like {}": "escríbalo como {}",
        "write it like \"0.8\"": "escríbalo como \"0.8\"",
        "write it like \"16\"": "escríbalo como \"16\"",
        "write it like 30": "escríbalo como 30",
        "'{}' in [{}] of {} is not the period it should name": "'{}' en [{}] de {} no es el periodo que debería nombrar",
        "write it like the others": "escríbalo como los demás",
        "write it as a string, like \"128.363\"": "escríbalo entre comillas, como \"128.363\"",
        "setting '{}'{} is missing": "falta el parámetro '{}'{}",
        "pedimento key {} (export side) is in neither the key catalogue {} nor rules.toml {}":
            "la clave de pedimento {} (lado de exportación) no está ni en el catálogo de claves {} ni en rules.toml {}",
        "pedimento key {} (import side) is in neither the key catalogue {} nor rules.toml {}":
            "la clave de pedimento {} (lado de importación) no está ni en el catálogo de claves {} ni en rules.toml {}",
        "copy the place from findings.csv, or the pedimento or UUID its message names":
            "copie el lugar de findings.csv, o el pedimento o el UUID que nombra su mensaje",
        "the key catalogue ships with the tool in templates/; restore it from the release, or pass --root to the folder that holds templates/":
            "el catálogo de claves viene con la herramienta en templates/; restáurelo de la versión publicada, o indique con --root la carpeta que contiene templates/",
        "{} is {} MiB; a file read through its import profile ([import.{}]) is rewritten in memory, up to [limits] profiled_file_mib ({} MiB)":
            "{} mide {} MiB; un archivo leído con su perfil de importación ([import.{}]) se reescribe en memoria, hasta [limits] profiled_file_mib ({} MiB)",
        "save it as UTF-8 with commas, 1234.56 and 2025-03-31 and drop [import.{}] (that form is streamed at any size), or raise profiled_file_mib in rules.toml":
            "guárdelo como UTF-8 con comas, 1234.56 y 2025-03-31 y quite [import.{}] (esa forma se lee por partes a cualquier tamaño), o aumente profiled_file_mib en rules.toml",
        "write \",\", \";\", \"\\t\" (tab), \"|\" or \"auto\" (sniffed from the header)":
            "escriba \",\", \";\", \"\\t\" (tabulador), \"|\" o \"auto\" (deducido del encabezado)",
        "a string": "un texto",
        "an integer": "un entero",
        "a decimal number": "un número decimal",
        "true or false": "true o false",
        "a list": "una lista",
        "a table": "una tabla",
        "a date or time": "una fecha u hora",
        "{} is not UTF-8 text": "{} no es texto UTF-8",
        "{} is not valid TOML: a table's name must start with a letter, a digit, '_', '-' or a quote":
            "{} no es TOML válido: el nombre de una tabla debe empezar con una letra, un dígito, '_', '-' o comillas",

        // The exports' source, the company's RFC
        "choose \"datastage\" (the SAT's record) or \"exports.csv\" (the ERP's)":
            "elija \"datastage\" (el registro del SAT) o \"exports.csv\" (el del ERP)",
        "a company's RFC has 12 characters, like ABC010101AB1": "el RFC de una empresa tiene 12 caracteres, como ABC010101AB1",
    ]
}
