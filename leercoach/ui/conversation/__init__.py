"""The one-on-one: review last time's actions, walk the cards, agree actions, finish."""
