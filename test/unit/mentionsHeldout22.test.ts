// Rules found on heldout22 (a ransomware attack on a Danish bank), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";


test('the first word of "X Bank" alone is the bank, not a place', () => {
  const ms = mentionsOf("Lender fined\nHolmstrand Bank was fined on Monday. Shares in Holmstrand fell 3%, and Holmstrand said it would appeal.");
  assert.deepEqual(texts(ms, "organization"), ["Holmstrand Bank", "Holmstrand", "Holmstrand"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a Nordic or German savings bank's word ends an organization's name, after a place too", () => {
  const ms = mentionsOf("Merger agreed\nThe lender began in 1902 as Vestby Sparebank and bought Lindholm Sparekasse in 1990. Oslo Sparebanken and Kiel Sparkasse did not comment.");
  assert.deepEqual(texts(ms, "organization"), ["Vestby Sparebank", "Lindholm Sparekasse", "Oslo Sparebanken", "Kiel Sparkasse"]);
  assert.deepEqual(texts(ms, "person"), []);
});

test('"do" goes on in a name opened by a Romance body\'s word ("Banco X do Y")', () => {
  const ms = mentionsOf("Bank hit\nHackers also targeted Banco Comercial do Alentejo and the Partido do Trabalho in March.");
  assert.deepEqual(texts(ms, "organization"), ["Banco Comercial do Alentejo", "Partido do Trabalho"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a picture agency in a credit is an organization, before or after the photographer", () => {
  const ms = mentionsOf(
    "Storm closes port\nShips waited outside the harbour on Friday.\n\nPhoto: Dock workers in Esbjerg. Photo: Tove Lindahl/Ritzau Scanpix\n\nA crane lies on the quay. © NTB Scanpix/AFP\n\nThe port reopened later.",
  );
  assert.deepEqual(texts(ms, "person"), ["Tove Lindahl"]);
  assert.deepEqual(texts(ms, "organization"), ["Ritzau Scanpix", "NTB Scanpix", "AFP"]);
});

test('"The" opens a place the lists know only with it ("The Hague"), and not "The Netherlands"', () => {
  const ms = mentionsOf("Court rules\nJudges in The Hague ruled on Tuesday. The Hague court sits weekly. The Netherlands appealed.");
  assert.deepEqual(texts(ms, "place"), ["The Hague", "The Hague", "Netherlands"]);
});
