package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// idLength is the number of hex digits of an ID: 64 bits, plenty for one
// person's library and short enough for a readable /read/{id} link.
const idLength = 16

// NewID returns the stable ID of an article: the hash of its canonical URL, or
// of its text when it has none (pasted text). The same page always gets the
// same ID, so saving it twice merges instead of duplicating.
func NewID(canonicalURL, text string) string {
	key := "url:" + strings.TrimSpace(canonicalURL)
	if strings.TrimSpace(canonicalURL) == "" {
		key = "text:" + strings.Join(strings.Fields(text), " ")
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:idLength]
}

// ValidID reports whether id has the shape NewID gives it: idLength
// lowercase hex digits. IDs reach links (/read/{id}) and pages; anything
// else in their place, such as an imported file's, is refused.
func ValidID(id string) bool {
	if len(id) != idLength {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
