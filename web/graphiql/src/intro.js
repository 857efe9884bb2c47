// The document a first visit opens with.

// intro returns it; introspection says whether the server answers
// introspection (and so fills the Docs pane and autocompletion).
export function intro(introspection) {
  const docs = introspection
    ? `# The Docs pane (the book icon, top left) and autocompletion fill in
# once a key is in; the ⟳ button fetches the schema again.`
    : `# This server has introspection turned off: the Docs pane and
# autocompletion stay empty, but operations run as usual.`;
  return `# Welcome to Latchkey.
#
# Every request needs an API key. Open the Headers tab below this editor
# and enter your key (make one with \`latchkey keys create\`):
#
#   {"Authorization": "Bearer lksk_…"}
#
# The key is sent to this server only, with each request and as the
# websocket's connection_init payload for subscriptions. It is not stored:
# reload the page and it is gone.
#
${docs}
#
# Run the query with Ctrl-Enter (⌘-Enter) or the ▶ button: it shows the
# key you called with, its permission and its environment. Subscriptions
# run over a websocket at the same URL, for example:
#
#   subscription { events { type subjectId createdTime } }

query Viewer {
  viewer {
    permission
    environment {
      name
      slug
    }
    authAccess {
      id
      name
      createdTime
    }
  }
}
`;
}
