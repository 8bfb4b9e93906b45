// Rules found on heldout37 (a tailings dam collapse in Minas Gerais), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityGroups } from "./mentionHelpers";

test("a name of several words given as a full name's nickname is that person's, wherever the article writes it", () => {
  const text =
    "The foreman, Antônio Carlos Ribeiro, known as Toninho Ribeiro, raised the alarm.\n\n" +
    "Toninho Ribeiro said the siren never sounded. Ribeiro has worked at the mine since 2009.";
  const groups = entityGroups([{ file: "a.txt", text }], "person");
  assert.ok(groups.includes("Antônio Carlos Ribeiro|Ribeiro|Toninho Ribeiro"), groups.join(" ; "));
});

test("two full names in a row without a nickname's words stay two people", () => {
  const text = "Dam foreman speaks\n\nThe foreman, Paulo Henrique Souza, met Ana Paula Teixeira on Friday.\n\nAna Paula Teixeira spoke first.";
  const groups = entityGroups([{ file: "a.txt", text }], "person");
  assert.ok(groups.includes("Paulo Henrique Souza"), groups.join(" ; "));
  assert.ok(groups.includes("Ana Paula Teixeira"), groups.join(" ; "));
});

test("'Dona' and 'Doña' are honorifics: 'Dona Sebastiana' is the article's Sebastiana dos Santos", () => {
  const text = "Mud buries village\n\nSebastiana dos Santos, 72, lost her house. Dona Sebastiana said the water came at night.";
  const groups = entityGroups([{ file: "a.txt", text }], "person");
  assert.ok(groups.includes("Sebastiana|Sebastiana dos Santos"), groups.join(" ; "));
});
