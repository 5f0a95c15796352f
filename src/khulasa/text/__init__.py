"""Text stage: cleaning, normalizing, sentence splitting, trimming and compressing sentences, embeddings."""
