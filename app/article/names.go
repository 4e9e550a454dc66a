package article

import "strings"

// NameParticles stand inside a person's surname ("James Van Der Beek",
// "Bill de Blasio", "Oscar De La Hoya").
var NameParticles = map[string]bool{
	"Van": true, "Von": true, "Der": true, "Den": true, "De": true, "La": true, "Le": true, "Du": true,
	"Da": true, "Di": true, "Del": true, "Dos": true, "Bin": true, "Al": true, "Ter": true,
}

// GenerationalSuffixes end a person's full name ("Robert P. Casey Jr.");
// they are no surname.
var GenerationalSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "II": true, "III": true, "IV": true}

// ShortName is how a speaker label names an entity: a person by the
// surname, with its particles and without a generational suffix ("Van Der
// Beek", "de Blasio", "Carlineo" of "Patrick W. Carlineo Jr."); anyone
// else by the whole name.
func (e Entity) ShortName() string {
	f := strings.Fields(e.Name)
	if e.Kind != "person" || len(f) == 0 {
		return e.Name
	}
	n := len(f)
	if n > 1 && GenerationalSuffixes[f[n-1]] {
		n--
	}
	i := n - 1
	for i > 1 && particle(f[i-1]) {
		i--
	}
	return strings.Join(f[i:n], " ")
}

// particle: w is a name particle, capitalised or not ("Van", "de").
func particle(w string) bool {
	return NameParticles[w] || w != "" && NameParticles[strings.ToUpper(w[:1])+w[1:]]
}
