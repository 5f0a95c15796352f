"""What sentences state: figures, actors (people, places, organisations) and their claims."""
