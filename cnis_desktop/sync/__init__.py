"""The laptop's side of sync: enrolment, pushing the outbox, pulling from the hub. No Qt."""
