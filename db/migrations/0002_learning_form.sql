-- How an action helps someone learn (002: formal and informal learning), so a
-- goal's learning actions can say "meelopen" or "opleiding", not only what and when.
ALTER TABLE action ADD COLUMN learning_form TEXT
    CHECK (learning_form IN ('opleiding', 'on-the-job', 'meelopen', 'peer-learning',
                             'coaching', 'zelfstudie', 'andere'));
