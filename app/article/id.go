package article

// IDLength is the number of hex digits of an ID: 64 bits, plenty for one
// person's library and short enough for a readable /read/{id} link.
// finish.NewID makes them (app/article/finish).
const IDLength = 16

// ValidID reports whether id has the shape finish.NewID gives it: IDLength
// lowercase hex digits. IDs reach links (/read/{id}) and pages; anything
// else in their place, such as an imported file's, is refused.
func ValidID(id string) bool {
	if len(id) != IDLength {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
