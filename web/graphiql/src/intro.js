// The document a first visit opens with.

// intro returns it; introspection says whether the server answers
// introspection (and so fills the Docs pane and autocompletion).
export function intro(introspection) {
  const docs = introspection
    ? `# The Docs (the book icon, top left) and autocompletion
# fill in once a key is in; ⟳ fetches the schema again.`
    : `# This server has introspection turned off: the Docs and
# autocompletion stay empty, but operations run as usual.`;
  return `# Welcome to Latchkey.
#
# Every request needs an API key. Open the Headers tab
# below and enter yours (\`latchkey keys create\` makes one):
#
#   {"Authorization": "Bearer lksk_…"}
#
# The key goes to this server only: with each request, and
# in the connection_init of the websocket that subscriptions
# use. It is not stored; reloading the page forgets it.
#
${docs}
#
# Run the query below with Ctrl-Enter or the ▶ button: it
# shows the key you called with, its permission and its
# environment. Subscriptions run the same way, for example:
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
