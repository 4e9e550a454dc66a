// The walk by which go-app's first mount takes over the prerendered page
// instead of building it again (app/goapp-wasm.patch, adopt.go): one call
// for each node. The nodes before the cursor are the ones the mount has
// placed, in order; what it does not take is removed when it leaves their
// parent. Whitespace between elements (the prerender's indentation) and
// comments are dropped as the walk passes them.
var readwellAdopt = {
  cursor: null,
  stack: [],
  begin(root) {
    this.cursor = root;
    this.stack = [];
  },
  end() {
    this.cursor = null;
    this.stack = [];
  },
  // The next node if it is a `tag` element (go-app's tags are lower case).
  element(tag) {
    for (let n = this.cursor; n; n = this.cursor) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.localName !== tag) return null;
        this.cursor = n.nextSibling;
        return n;
      }
      if (n.nodeType === Node.TEXT_NODE && n.data.trim() !== "") return null;
      this.cursor = n.nextSibling;
      if (this.stack.length) n.remove(); // the root's siblings are not ours
    }
    return null;
  },
  // The next node if it is a text (set to data), after any comments.
  text(data) {
    let n = this.cursor;
    while (n && n.nodeType === Node.COMMENT_NODE) {
      this.cursor = n.nextSibling;
      n.remove();
      n = this.cursor;
    }
    if (!n || n.nodeType !== Node.TEXT_NODE) return null;
    if (n.data !== data) n.data = data;
    this.cursor = n.nextSibling;
    return n;
  },
  // Only the attributes named in names (space-separated) stay.
  attributes(el, names) {
    const keep = new Set(names.split(" "));
    for (let i = el.attributes.length - 1; i >= 0; i--) {
      const name = el.attributes[i].name;
      if (!keep.has(name)) el.removeAttribute(name);
    }
  },
  enter(el) {
    this.stack.push(this.cursor);
    this.cursor = el.firstChild;
  },
  place(el, node) {
    if (node.parentNode !== el) el.insertBefore(node, this.cursor);
  },
  leave(el) {
    while (this.cursor) {
      const next = this.cursor.nextSibling;
      this.cursor.remove();
      this.cursor = next;
    }
    this.cursor = this.stack.pop();
  },
};

