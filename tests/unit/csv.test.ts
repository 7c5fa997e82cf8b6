// The CSV writer: RFC 4180, UTF-8 with BOM, formula injection guard (OWASP "CSV Injection").
import { describe, expect, it } from "vitest";
import { CsvBuilder, csvResponse, csvSafeText, safeFilename, toCsv } from "@/lib/export/csv";

describe("csv", () => {
  it("starts with a byte-order mark and ends records with CRLF", () => {
    const text = toCsv(["Вид", "Брой"], [["Жалба", 3]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe("Вид,Брой\r\nЖалба,3\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    const text = toCsv(["a"], [['Пътна, "дупка"'], ["ред 1\nред 2"]]).slice(1);
    expect(text).toBe('a\r\n"Пътна, ""дупка"""\r\n"ред 1\nред 2"\r\n');
  });

  it.each(["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"])(
    "makes the text cell %j inert with a leading quote",
    (value) => {
      expect(csvSafeText(value)).toBe(`'${value}`);
      const line = toCsv(["c"], [[value]]).slice(1).split("\r\n")[1]!;
      expect(line.replace(/^"/, "").startsWith("'")).toBe(true);
    },
  );

  it("leaves ordinary text and numbers the application computed alone", () => {
    expect(csvSafeText("Отдел „Устройство на територията“")).toBe("Отдел „Устройство на територията“");
    const text = toCsv(["n", "p", "t"], [[-5, 12.5, "a-b"]]).slice(1);
    expect(text).toBe("n,p,t\r\n-5,12.5,a-b\r\n");
  });

  it("writes empty cells for null, undefined and non-finite numbers; ISO for dates", () => {
    const text = toCsv(["a", "b", "c", "d"], [[null, undefined, Number.NaN, new Date("2025-03-01T10:00:00Z")]]);
    expect(text.slice(1)).toBe("a,b,c,d\r\n,,,2025-03-01T10:00:00.000Z\r\n");
  });

  it("builds a document page by page and counts the rows", () => {
    const builder = new CsvBuilder(["x"]);
    builder.add([["1"], ["2"]]);
    builder.add([]);
    builder.add([["=3"]]);
    expect(builder.rowCount).toBe(3);
    expect(builder.toString()).toBe("\uFEFFx\r\n1\r\n2\r\n'=3\r\n");
  });

  it("names downloads safely", async () => {
    expect(safeFilename('преписки 2025/../"x"')).toBe("2025-x.csv");
    expect(safeFilename('a"b\r\nc')).toBe("a-b-c.csv");
    expect(safeFilename("../../etc/passwd")).toBe("etc-passwd.csv");
    expect(safeFilename("")).toBe("export.csv");
    const res = csvResponse(toCsv(["a"], [["б"]]), "cases 2025");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="cases-2025.csv"/);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
