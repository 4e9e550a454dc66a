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
  // The next node if it is the element spec says: its tag (go-app's tags
  // are lower case), then its attributes' names and values, each followed
  // by a NUL ("a\0href\0/\0class\0x\0"). Its attributes are made so and
  // the walk goes on over its children.
  element(spec) {
    const parts = spec.split("\0");
    for (let n = this.cursor; n; n = this.cursor) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.localName !== parts[0]) return null;
        this.cursor = n.nextSibling;
        this.attributes(n, parts);
        this.stack.push(this.cursor);
        this.cursor = n.firstChild;
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
  // el's attributes become those of parts (from 1: name, value, ...), and
  // no others; one that is already so is left alone, so the browser has no
  // style to recompute for it. (go-app then sets the ones it keeps as
  // properties, such as value and disabled, as it does for a new element.)
  attributes(el, parts) {
    for (let i = 1; i + 1 < parts.length; i += 2) {
      if (el.getAttribute(parts[i]) !== parts[i + 1]) el.setAttribute(parts[i], parts[i + 1]);
    }
    for (let i = el.attributes.length - 1; i >= 0; i--) {
      const name = el.attributes[i].name;
      if (!this.named(parts, name)) el.removeAttribute(name);
    }
  },
  // Whether parts (tag, name, value, ...) names an attribute name.
  named(parts, name) {
    for (let i = 1; i < parts.length; i += 2) {
      if (parts[i] === name) return true;
    }
    return false;
  },
  // A new node goes where the walk is.
  place(el, node) {
    if (node.parentNode !== el) el.insertBefore(node, this.cursor);
  },
  // The end of an adopted element's children: what the mount did not
  // take goes.
  leave() {
    while (this.cursor) {
      const next = this.cursor.nextSibling;
      this.cursor.remove();
      this.cursor = next;
    }
    this.cursor = this.stack.pop();
  },
};

