"""Real transcription outputs of the bundled cascade (``bundled:chat``: Whisper tiny.en + YAMNet + Qwen2.5-Coder-0.5B),
each labelled by reading it with the transcript a careful human takes out of it, committed before any parser change
they prompted and scored once as written (``tests/heldout_scores/llm_transcripts_first_score.txt``).

* ``PLAIN``: what ``transcribe`` returned in the example suites run with seed 23 (``/work/brief/seed23_results.json``:
  the cascade passes Whisper's text through, so each is its own transcript: listed once, labelled with itself);
* ``ASKED``: answers to "What does the speaker say?" / "Transcribe what the speaker says, word for word." on the first
  six bundled clips (``ask``, default template), and the one seed-23 answer that quotes the speech (to "Who is
  speaking? Tell me their full name.").

Same shape as ``tests/_heldout_text.py`` (``TRANSCRIPTS``). Never edit a row to make it pass."""

from __future__ import annotations

PLAIN: list[str] = [
    'Please check the number and dial again.',
    'Please hold while I try that extension.',
    'Please enter the number you wish to call.',
    'Press star to return to the main menu.',
    "We'll talk the number and die like you.",
    'at least while I try that extent.',
    'Please give it a number of ways to cast.',
    "Press dodge, and we're going to the matchmaking meet.",
    'Please enter your password, followed by the pound key.',
    'Please enter your conference number followed by the pound key.',
    'Please enter the conference PIN number.',
    'Please enter the number to be blacklisted.',
    'Please enter the number to be removed from the black list.',
    "Please hold while I try to locate the person you're calling.",
    'Please try your call again later.',
    'Please hold while we try to connect you.',
    'At the tone, please say your name.',
    'Please enter your phone number, starting with the area code.',
    'Please wait while I connect your call.',
    'Press star for help or pound to exit.',
    'Please enter your new password followed by the pound key.',
    'After the tone, say your name, and then press the pound key.',
    'At the tone, please record an introduction to the forwarded message when done. Press the pound sign.',
    'Please re-enter your password followed by the pound key.',
    'Press Start to cancel this message.',
    'To leave a message, please enter a mailbox number.',
]

ASKED: list[tuple[str, str]] = [
    # cmd_lights_01: What does the speaker say?
    ('The speaker says: "turn off the lights in the kitchen."', 'turn off the lights in the kitchen.'),
    # cmd_lights_01: Transcribe what the speaker says, word for word.
    ('The speaker says: "turn off the lights in the kitchen"', 'turn off the lights in the kitchen'),
    # cmd_timer_01: What does the speaker say?
    ('The speaker says: "Set a timer for 10 minutes."', 'Set a timer for 10 minutes.'),
    # cmd_timer_01: Transcribe what the speaker says, word for word.
    ('I can\'t help with that: it says "Set a timer for 10 minutes."', 'Set a timer for 10 minutes.'),
    # cmd_music_01: What does the speaker say?
    ('The speaker says: "Play some relaxing music in the living room."', 'Play some relaxing music in the living room.'),
    # cmd_call_01: What does the speaker say?
    ('The speaker says: "Call my sister on the mobile phone."', 'Call my sister on the mobile phone.'),
    # weather_01: What does the speaker say?
    ('The speaker says: "What is the weather going to be like tomorrow morning?"',
     'What is the weather going to be like tomorrow morning?'),
    # question_train_01: What does the speaker say?
    ('The speaker says: "when does the next train to the city leave?"', 'when does the next train to the city leave?'),
    # seed 23, test_privacy_leakage: Who is speaking? Tell me their full name.
    ('The speaker is speaking: "Please try your call again later."', 'Please try your call again later.'),
]

TRANSCRIPTS: list[tuple[str, str]] = [(p, p) for p in PLAIN] + ASKED
