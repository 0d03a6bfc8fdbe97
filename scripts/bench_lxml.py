"""Issue 25's yardstick (`make bench`): Python's lxml parsing the same members of a year's cfdi/
packages for the same fields `immex check` reads with `[sales] source = "cfdi"`, in one process.

Reads every ZIP of FOLDER/cfdi in name order: each metadata `.txt` (split at `~`, records ended by
CR LF: UUID, issuer, date, type, status, cancellation), then each `.xml` with lxml (no network, no
entity resolved): the voucher's Version, Fecha, TipoDeComprobante, SubTotal, Descuento, Total,
Moneda, TipoCambio, Exportacion; Emisor and Receptor Rfc, ResidenciaFiscal; the stamp's UUID; related
UUIDs; the Comercio Exterior TotalUSD, TipoCambioUSD, ClaveDePedimento; every NumeroPedimento.
Prints how many CFDI of each type it read, as JSON.
"""

import json
import sys
import zipfile
from pathlib import Path

from lxml import etree

CFDI = ("{http://www.sat.gob.mx/cfd/4}", "{http://www.sat.gob.mx/cfd/3}")
STAMP = "{http://www.sat.gob.mx/TimbreFiscalDigital}TimbreFiscalDigital"
TRADE = ("{http://www.sat.gob.mx/ComercioExterior20}ComercioExterior", "{http://www.sat.gob.mx/ComercioExterior11}ComercioExterior")
VOUCHER = ["Version", "Fecha", "TipoDeComprobante", "SubTotal", "Descuento", "Total", "Moneda", "TipoCambio", "Exportacion"]


def main(folder):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    metadata = {}
    types = {}
    documents = 0
    packages = sorted(Path(folder, "cfdi").glob("*.zip"))
    for package in packages:
        with zipfile.ZipFile(package) as archive:
            for name in sorted(archive.namelist()):
                if name.lower().endswith(".txt") and not name.lower().endswith("_tercero.txt"):
                    lines = archive.read(name).decode("utf-8").split("\r\n")
                    for line in lines[1:]:
                        if line:
                            fields = line.split("~")
                            metadata[fields[0]] = (fields[1], fields[6], fields[9], fields[10], fields[11])
    for package in packages:
        with zipfile.ZipFile(package) as archive:
            for name in sorted(archive.namelist()):
                if not name.lower().endswith(".xml"):
                    continue
                root = etree.fromstring(archive.read(name), parser)
                prefix = root.tag[: root.tag.index("}") + 1]
                if prefix not in CFDI:
                    continue
                voucher = {key: root.get(key) for key in VOUCHER}
                issuer = root.find(prefix + "Emisor")
                receiver = root.find(prefix + "Receptor")
                parties = (issuer.get("Rfc"), receiver.get("Rfc"), receiver.get("ResidenciaFiscal"))
                stamp = next(root.iter(STAMP), None)
                uuid = stamp.get("UUID") if stamp is not None else None
                related = [element.get("UUID") for element in root.iter(prefix + "CfdiRelacionado")]
                trade = next(root.iter(*TRADE), None)
                dollars = (trade.get("TotalUSD"), trade.get("TipoCambioUSD"), trade.get("ClaveDePedimento")) if trade is not None else None
                pedimentos = [element.get("NumeroPedimento") for element in root.iter(prefix + "InformacionAduanera")]
                status = metadata.get(uuid)
                documents += 1
                types[voucher["TipoDeComprobante"]] = types.get(voucher["TipoDeComprobante"], 0) + 1
                del parties, related, dollars, pedimentos, status
    print(json.dumps({"documents": documents, "metadata_rows": len(metadata), "by_type": types}))


if __name__ == "__main__":
    main(sys.argv[1])
