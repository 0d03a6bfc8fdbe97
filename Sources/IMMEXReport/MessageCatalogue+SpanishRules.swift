// What the rules say: temporary imports and their terms, rectifications, explanations, amounts, RFCs.
// English template (as the code writes it) → Spanish; see MessageCatalogue+Spanish.swift.
extension MessageCatalogue {
    static let spanishRules: [String: String] = [
        // Temporary imports, rectifications, explanations, amounts
        "; the inventory control does not list it, so the whole line is counted":
            "; el control de inventarios no la lista, así que se cuenta la partida completa",
        "; without the inventory control's balances the whole line is counted":
            "; sin los saldos del control de inventarios se cuenta la partida completa",
        "add the original pedimento to the extract, or, if it belongs to another fiscal year, leave it out of this year's report":
            "agregue el pedimento original al extracto o, si es de otro ejercicio, déjelo fuera del reporte de este año",
        "an error ({}) cannot be explained away; fix the input instead":
            "un error ({}) no se puede explicar; corrija la entrada",
        "clear 'rectifies', or give the row the rectification key (R1)":
            "vacíe 'rectifies', o dé al renglón la clave de rectificación (R1)",
        "errors stop the run until the input is corrected":
            "los errores detienen la corrida hasta que se corrija la entrada",
        "fix the ones listed and run again; they usually share one cause (a wrong separator, a damaged file); [limits] findings_per_code in rules.toml lists more":
            "corrija los listados y vuelva a correr; suelen tener una misma causa (un separador equivocado, un archivo dañado); [limits] findings_per_code en rules.toml lista más",
        "keep one chain: the second rectification should name the first in 'rectifies'":
            "conserve una sola cadena: la segunda rectificación debe nombrar a la primera en 'rectifies'",
        "pedimento {} has key {}, not a rectification key, but names {} in 'rectifies'; the column is ignored for it":
            "el pedimento {} tiene clave {}, que no es de rectificación, pero nombra {} en 'rectifies'; para él se ignora la columna",
        "plan its return or change of regime before {}":
            "planee su retorno o cambio de régimen antes del {}",
        "rectification {} replaces pedimento {}, which is not in this file; its values are not counted":
            "la rectificación {} sustituye al pedimento {}, que no está en este archivo; sus valores no se cuentan",
        "remove it if the problem was fixed, or correct its code, at or about":
            "quítela si el problema se corrigió, o corrija su code, at o about",
        "return or change the regime of what is left of it; goods past their term are deemed illegally in the country":
            "retorne o cambie de régimen lo que queda; la mercancía con plazo vencido se considera ilegal en el país",
        "the Data Stage's 556 gives the line no IGI rate":
            "la 556 del Data Stage no da tasa de IGI a la partida",
        "the INPC of {} is not in templates/inpc.toml (add it from INEGI's publication)":
            "el INPC de {} no está en templates/inpc.toml (agréguelo de la publicación del INEGI)",
        "the number is too large":
            "el número es demasiado grande",
        "the surcharge rate of {} is not in templates/surcharge-rates.toml (add it from that year's Ley de Ingresos)":
            "la tasa de recargos de {} no está en templates/surcharge-rates.toml (agréguela de la Ley de Ingresos de ese año)",
        "this explanation of {}{}{} matches no finding of this run":
            "esta explicación de {}{}{} no corresponde a ningún hallazgo de esta corrida",
        "unexpected character '{}' at position {}; write digits with a '.' decimal point, without thousands separators or currency signs":
            "carácter inesperado '{}' en la posición {}; escriba dígitos con punto decimal '.', sin separadores de miles ni signos de moneda",
        "{} decimals where at most {} are allowed":
            "{} decimales donde se admiten {} como máximo",
        "{} must leave by {}, {} days from {}{}":
            "{} debe salir a más tardar el {}, a {} días del {}{}",
        "{} passed its term on {}{}":
            "{} venció su plazo el {}{}",

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
        "the value is empty": "el valor está vacío",

        // More of the rules
        "digits are missing before or after the decimal point": "faltan dígitos antes o después del punto decimal",
        "1 more {} finding in this run is not listed (the first {} are)": "1 hallazgo {} más de esta ejecución no se lista (sí los primeros {})",
        "1 more {} finding in {} is not listed (the first {} are)": "1 hallazgo {} más en {} no se lista (sí los primeros {})",
        "{} more {} findings in this run are not listed (the first {} are)":
            "{} hallazgos {} más de esta ejecución no se listan (sí los primeros {})",
        "{} more {} findings in {} are not listed (the first {} are)": "{} hallazgos {} más en {} no se listan (sí los primeros {})",
        "this explanation of {}{} matches no finding of this run": "esta explicación de {}{} no corresponde a ningún hallazgo de esta ejecución",
        " at {}": " en {}",
        " about {}": " sobre {}",
        " at {} about {}": " en {} sobre {}",
        "line {} of pedimento {} ({}, tariff item {}, customs value {}, {} of {} left, worth {})":
            "la partida {} del pedimento {} ({}, fracción arancelaria {}, valor en aduana {}, quedan {} de {}, con valor de {})",
        "line {} of pedimento {} ({}, tariff item {}, customs value {})":
            "la partida {} del pedimento {} ({}, fracción arancelaria {}, valor en aduana {})",
        "pedimento {}: MXN {} is not USD {} × {} = {}": "pedimento {}: MXN {} no es USD {} × {} = {}",
        "which is cancelled": "que está cancelada",
    ]
}
