// Package annotate finds who said what in an article: every quotation with
// its speaker, and the people, organisations and places it names, with
// their aliases ("President Trump", "Trump" → Donald Trump). It fills the
// Quotes, Entities and Mentions of an article.Article from its blocks, in
// pure Go (no syscall/js): the server and the wasm client run it alike.
//
// Names come from a tagger and speakers from a ranker, both linear models
// learned from annotate-bench (PolNeAR's train split) by train.go and
// embedded from model/; the quotation marks, the language gate and a few
// word lists (knowledge.go, verbs.go) are what remains written by hand,
// and the models read those lists as features.
package annotate

import (
	"readwell/app/article"
)

// Article annotates a in place: quotes, entities and mentions are
// recomputed from its blocks.
func Article(a *article.Article) {
	Annotator{}.Annotate(a)
}

// Annotator holds the annotation settings; its zero value is ready to use.
type Annotator struct{}

// Annotate fills a.Quotes, a.Entities and a.Mentions.
func (Annotator) Annotate(a *article.Article) {
	mod, err := defaultModels()
	if err != nil {
		panic(err) // the embedded models are checked by the tests
	}
	annotateLearned(a, mod)
}

// EntityByID returns the entity with id, or false.
func EntityByID(a article.Article, id string) (article.Entity, bool) {
	for _, e := range a.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return article.Entity{}, false
}
