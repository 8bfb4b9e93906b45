// Rules found on heldout36 and heldout37 (a typhoon in central Vietnam; a dam collapse in Minas Gerais), each checked on
// invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";

test("'the community of X', 'the settlement of X', 'the locality of X' name a place no list knows", () => {
  const ms = mentionsOf(
    "Mudslide buries homes\n\nThe mud reached the community of Vargem Funda on Friday.\n\nRescuers also searched the settlement of Pedra Lisa and the locality of Barra Nova.",
  );
  const places = texts(ms, "place");
  for (const name of ["Vargem Funda", "Pedra Lisa", "Barra Nova"]) assert.ok(places.includes(name), `${name}: ${places.join("|")}`);
  assert.ok(!texts(ms, "person").some((p) => /Vargem|Pedra|Barra/.test(p)), texts(ms, "person").join("|"));
});
