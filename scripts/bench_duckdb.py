#!/usr/bin/env python3
"""The same totals as `immex check`, computed by DuckDB (2 threads) over the same CSV files.

usage: bench_duckdb.py FOLDER  -> prints JSON: sales_mxn, direct_mxn, indirect_mxn, total_usd
Rules as domain.md's defaults: active I minus active E, (subtotal - discount) x rate rounded per
invoice to centavos; direct = A1 + RT - K1, indirect = V1 + V2 + V7 + BB; an R1 replaces the values
of the pedimento it rectifies (chains resolve to the latest); a return of fixed assets
(fixed_asset_return = true) is listed, not counted.
"""
import json
import sys

import duckdb

folder = sys.argv[1]
con = duckdb.connect()
con.execute("SET threads TO 2")
sales = con.execute(f"""
    SELECT sum(CASE WHEN type = 'I' THEN 1 ELSE -1 END *
               round((CAST(subtotal AS DECIMAL(38,6)) - coalesce(CAST(nullif(discount, '') AS DECIMAL(38,6)), 0))
                     * CASE WHEN currency = 'MXN' THEN CAST(1 AS DECIMAL(38,6)) ELSE CAST(exchange_rate AS DECIMAL(38,6)) END, 2))
    FROM read_csv('{folder}/sales.csv', header = true, all_varchar = true)
    WHERE coalesce(nullif(status, ''), 'active') = 'active' AND type IN ('I', 'E')
""").fetchone()[0]
rows = con.execute(f"""
    WITH RECURSIVE e AS (SELECT * FROM read_csv('{folder}/exports.csv', header = true, all_varchar = true)),
    chain(root, cur, depth) AS (
        SELECT pedimento, pedimento, 0 FROM e WHERE key <> 'R1'
        UNION ALL
        SELECT c.root, r.pedimento, c.depth + 1 FROM chain c JOIN e r ON r.key = 'R1' AND r.rectifies = c.cur
    ),
    latest AS (SELECT root, arg_max(cur, depth) AS cur FROM chain GROUP BY root)
    SELECT CASE WHEN coalesce(o.fixed_asset_return, '') = 'true' THEN 'fixed-asset' ELSE o.key END AS class,
           sum(CAST(v.commercial_value_mxn AS DECIMAL(38,2))), sum(CAST(v.value_usd AS DECIMAL(38,2)))
    FROM e o JOIN latest l ON l.root = o.pedimento JOIN e v ON v.pedimento = l.cur
    WHERE o.key <> 'R1' GROUP BY class
""").fetchall()
by_key = {key: (mxn, usd) for key, mxn, usd in rows}
def total(keys, index):
    return sum(by_key.get(key, (0, 0))[index] for key in keys)
direct_mxn = total(["A1", "RT"], 0) - total(["K1"], 0)
indirect_mxn = total(["V1", "V2", "V7", "BB"], 0)
total_usd = total(["A1", "RT", "V1", "V2", "V7", "BB"], 1) - total(["K1"], 1)
print(json.dumps({"sales_mxn": f"{sales:.2f}", "direct_mxn": f"{direct_mxn:.2f}", "indirect_mxn": f"{indirect_mxn:.2f}",
                  "total_usd": f"{total_usd:.2f}"}))
