#!/usr/bin/env python3
"""What `immex check` computes, done by DuckDB (2 threads) over the same CSV files, for `make bench`.

usage: bench_duckdb.py FOLDER totals|task  -> prints JSON
  totals  the year's totals only: sales_mxn, direct_mxn, indirect_mxn, total_usd
  task    the totals, plus the work `immex check` does besides: the count of duplicate invoice
          UUIDs, and the join of export invoices to their pedimentos with the USD comparison
          (usd_mismatches: A1 pedimentos whose invoices' TotalUSD differs by more than USD 1.00)

Rules as domain.md's defaults: active I minus active E, (subtotal - discount) x rate rounded per
invoice to centavos; direct = A1 + RT - K1, indirect = V1 + V2 + V7 + BB; an R1 replaces the values
of the pedimento it rectifies (chains resolve to the latest; only the R1 rows are followed, not
every pedimento); a return of fixed assets (fixed_asset_return = true) is listed, not counted.
Pedimento numbers are read in either official spelling: compact, or spaced as the CFDI writes them.
"""
import json
import sys

import duckdb

folder, mode = sys.argv[1], sys.argv[2]
con = duckdb.connect()
con.execute("SET threads TO 2")
con.execute(f"""
    CREATE VIEW sales AS SELECT * FROM read_csv('{folder}/sales.csv', header = true, all_varchar = true)
""")
con.execute(f"""
    CREATE VIEW exports AS
    SELECT * REPLACE (replace(pedimento, ' ', '') AS pedimento, replace(coalesce(rectifies, ''), ' ', '') AS rectifies)
    FROM read_csv('{folder}/exports.csv', header = true, all_varchar = true)
""")
sales = con.execute("""
    SELECT sum(CASE WHEN type = 'I' THEN 1 ELSE -1 END *
               round((CAST(subtotal AS DECIMAL(38,6)) - coalesce(CAST(nullif(discount, '') AS DECIMAL(38,6)), 0))
                     * CASE WHEN currency = 'MXN' THEN CAST(1 AS DECIMAL(38,6)) ELSE CAST(exchange_rate AS DECIMAL(38,6)) END, 2))
    FROM sales
    WHERE coalesce(nullif(status, ''), 'active') = 'active' AND type IN ('I', 'E')
""").fetchone()[0]
rows = con.execute("""
    WITH RECURSIVE r AS (SELECT pedimento, rectifies, commercial_value_mxn, value_usd FROM exports WHERE key = 'R1'),
    chain(root, cur, depth) AS (
        SELECT rectifies, pedimento, 1 FROM r WHERE rectifies NOT IN (SELECT pedimento FROM r)
        UNION ALL
        SELECT c.root, r.pedimento, c.depth + 1 FROM chain c JOIN r ON r.rectifies = c.cur
    ),
    latest AS (SELECT root, arg_max(cur, depth) AS cur FROM chain GROUP BY root)
    SELECT CASE WHEN coalesce(o.fixed_asset_return, '') = 'true' THEN 'fixed-asset' ELSE o.key END AS class,
           sum(CAST(coalesce(v.commercial_value_mxn, o.commercial_value_mxn) AS DECIMAL(38,2))),
           sum(CAST(coalesce(v.value_usd, o.value_usd) AS DECIMAL(38,2)))
    FROM exports o LEFT JOIN latest l ON l.root = o.pedimento LEFT JOIN r v ON v.pedimento = l.cur
    WHERE o.key <> 'R1' GROUP BY class
""").fetchall()
by_key = {key: (mxn, usd) for key, mxn, usd in rows}
def total(keys, index):
    return sum(by_key.get(key, (0, 0))[index] for key in keys)
result = {"sales_mxn": f"{sales:.2f}",
          "direct_mxn": f"{total(['A1', 'RT'], 0) - total(['K1'], 0):.2f}",
          "indirect_mxn": f"{total(['V1', 'V2', 'V7', 'BB'], 0):.2f}",
          "total_usd": f"{total(['A1', 'RT', 'V1', 'V2', 'V7', 'BB'], 1) - total(['K1'], 1):.2f}"}
if mode == "task":
    result["duplicate_uuids"] = con.execute("SELECT count(*) - count(DISTINCT upper(uuid)) FROM sales").fetchone()[0]
    result["usd_mismatches"] = con.execute("""
        WITH invoiced AS (
            SELECT replace(pedimento, ' ', '') AS pedimento, sum(CAST(total_usd AS DECIMAL(38,2))) AS usd
            FROM sales
            WHERE coalesce(pedimento, '') <> '' AND coalesce(nullif(status, ''), 'active') = 'active' AND export_code = '02'
            GROUP BY 1
        )
        SELECT count(*) FROM exports e JOIN invoiced i USING (pedimento)
        WHERE e.key = 'A1' AND abs(CAST(e.value_usd AS DECIMAL(38,2)) - i.usd) > 1.00
    """).fetchone()[0]
print(json.dumps(result))
