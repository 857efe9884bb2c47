package server

// QueuedPerSlot is queuedPerSlot, for the tests of package server_test.
const QueuedPerSlot = queuedPerSlot
