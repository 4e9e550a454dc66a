package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopPhrases open the blocks that follow an article on news pages: comment
// forms, related and popular lists. A short line starting with one ends the
// body. They are the words such blocks use across sites, in the languages
// Readwell reads most, not the wording of any one site.
var stopPhrases = []string{
	"related articles", "related stories", "related posts", "related content", "related topics",
	"related coverage", "related reading", "leave a reply", "leave a comment", "post a comment",
	"add a comment", "comments", "show comments", "view comments", "join the conversation",
	"most popular", "most read", "most viewed", "popular posts", "popular stories",
	"you may also like", "you might also like", "recommended for you", "recommended stories",
	"more stories", "more from", "read next", "up next", "what to read next", "trending now",
	"please enter your comment", "please enter your name", "sign up for our newsletter",
	"subscribe to our newsletter", "about the author", "share this article", "filed under",
	// es, fr, de, it, pt
	"artículos relacionados", "noticias relacionadas", "deja una respuesta", "deja un comentario",
	"comentarios", "lo más leído", "lo más visto", "te puede interesar", "también te puede interesar",
	"articles liés", "articles similaires", "à lire aussi", "laisser un commentaire", "commentaires",
	"les plus lus", "ähnliche artikel", "kommentare", "meistgelesen", "das könnte sie auch interessieren",
	"articoli correlati", "lascia un commento", "commenti", "i più letti",
	"artigos relacionados", "deixe um comentário", "comentários", "mais lidas", "você pode gostar",
	"você também pode gostar", "veja também", "leia também", "notícias relacionadas",
	// ja, zh, ko
	"関連記事", "関連する記事", "人気記事", "おすすめ記事", "コメント", "相关文章", "相关阅读", "热门文章",
	"相關文章", "延伸閱讀", "관련 기사", "많이 본 기사",
}

// promoPhrases mark a site's promotions of itself: newsletters,
// subscriptions, apps. A short line holding one after most of the body
// ends it in a text dump.
var promoPhrases = []string{
	"sign up for our", "sign up to our", "subscribe to our", "subscribe now", "subscribe today",
	"newsletter", "newsletters", "get a subscription", "want more stories", "stories like this",
	"to your inbox", "in your inbox", "download our app", "support our journalism",
	"support independent journalism", "become a member",
}

// isPromoLine: a line of at most 25 words with a promotion phrase.
func isPromoLine(l line) bool {
	if l.words == 0 || l.words > 25 {
		return false
	}
	norm := " " + normalizePhrase(l.text) + " "
	for _, p := range promoPhrases {
		if strings.Contains(norm, " "+p+" ") {
			return true
		}
	}
	return false
}

// bioJobs are the trades an author's note names ("Jo Doe is a freelance
// writer living in …").
var bioJobs = []string{"writer", "reporter", "journalist", "editor", "correspondent", "columnist",
	"contributor", "author", "producer", "critic", "freelancer", "blogger"}

// isAuthorBio: a note about the writer — a name, "is a"/"is an"/"is the",
// then a trade within the next eight words; at most 60 words.
func isAuthorBio(l line) bool {
	if l.words < 4 || l.words > 60 {
		return false
	}
	f := strings.Fields(l.text)
	at := -1
	for i := 1; i < len(f)-1 && i <= 4; i++ {
		if f[i] == "is" && (f[i+1] == "a" || f[i+1] == "an" || f[i+1] == "the") {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range f[:at] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	for _, w := range f[at+2 : min(len(f), at+10)] {
		w = strings.ToLower(strings.Trim(w, ".,;:"))
		for _, j := range bioJobs {
			if w == j || w == j+"s" {
				return true
			}
		}
	}
	return false
}

// chromeWords are navigation and sharing controls: a short line made of them
// is page furniture, wherever it stands.
var chromeWords = map[string]bool{
	"home": true, "menu": true, "search": true, "share": true, "sharing": true, "tweet": true,
	"facebook": true, "twitter": true, "linkedin": true, "whatsapp": true, "email": true,
	"e-mail": true, "print": true, "reddit": true, "pinterest": true, "telegram": true,
	"subscribe": true, "login": true, "log": true, "sign": true, "register": true,
	"advertisement": true, "sponsored": true, "skip": true, "close": true, "copy": true,
	"link": true, "copied": true, "comment": true, "more": true, "options": true, "show": true,
	"next": true, "previous": true, "back": true, "top": true, "toggle": true, "navigation": true,
	"newsletter": true, "newsletters": true, "podcasts": true, "video": true, "videos": true,
	"photos": true, "gallery": true, "contact": true, "about": true, "privacy": true,
	"policy": true, "terms": true, "cookies": true, "cookie": true, "accept": true,
	"x": true, "in": true, "up": true, "to": true, "the": true, "on": true, "a": true,
	"and": true, "of": true, "content": true, "main": true, "open": true, "follow": true, "us": true,
}

func isStopLine(l line) bool {
	if l.words == 0 || l.words > 7 {
		return false
	}
	return opensWith(normalizePhrase(l.text), stopPhrases)
}

// opensWith: a normalised line is one of the phrases, or starts with one
// followed by more words.
func opensWith(norm string, phrases []string) bool {
	for _, p := range phrases {
		if norm == p || strings.HasPrefix(norm, p+" ") {
			return true
		}
	}
	return false
}

// isChrome: a line of navigation furniture — mostly chrome words, a line with
// no letters, or a single word with no sentence around it.
func isChrome(l line) bool {
	if l.words == 0 {
		return true
	}
	if l.words > 6 {
		return false
	}
	if chrome, n := chromeWordsIn(l); n > 0 && chrome*2 > n {
		return true
	}
	return l.words <= 2 && !l.sentence
}

// isControlLine: the strong half of isChrome — no letters, or mostly
// navigation and sharing words — for lines that may be short headings.
func isControlLine(l line) bool {
	if l.words == 0 {
		return true
	}
	if l.words > 6 {
		return false
	}
	chrome, n := chromeWordsIn(l)
	return n == 0 || chrome*2 > n
}

// chromeWordsIn counts a line's words (letters and digits) and how many
// of them are navigation and sharing words.
func chromeWordsIn(l line) (chrome, n int) {
	fields := strings.Fields(normalizePhrase(l.text))
	for _, f := range fields {
		if chromeWords[f] {
			chrome++
		}
	}
	return chrome, len(fields)
}

// normalizePhrase lowercases s and keeps letters, digits and single spaces.
func normalizePhrase(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}
