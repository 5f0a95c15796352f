"""The summarizer: preparation, fact grouping, selection under the budget, the pipeline."""
