-- A choice answer's option by a stable id (016), beside the text that was shown.
--
-- Until now a choice answer kept only the option's text, which does not compare across
-- languages or a change of wording. The id comes from the deck (options = [{ id, label }])
-- or, where the deck gives none, from the option's text (leercoach.domain.deck.option_slug).
-- The text in answer.value stays: it is what was shown and is printed and searched.
-- After this script a Python step (leercoach.store.option_ids.backfill) fills the id of
-- old answers from their text and the options of the deck snapshot they were given with.

ALTER TABLE answer ADD COLUMN option_id TEXT;
