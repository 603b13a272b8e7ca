## verify messages
