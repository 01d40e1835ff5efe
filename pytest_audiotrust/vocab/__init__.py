"""Word lists and relations shared by probes and scoring (stdlib only, imports nothing from the package):
``sounds`` (AudioSet display name -> the words that name the sound) and ``ontology`` (the AudioSet parent links)."""
