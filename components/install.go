package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// installState is what the browser lets Readwell do about installing.
type installState int

const (
	installNone      installState = iota // cannot be installed here (or not yet known)
	installPrompt                        // the browser lets the page ask (Chromium)
	installSteps                         // Safari: the reader does it from the Share menu
	installInstalled                     // running as the installed app
)

// InstallPanel offers to install Readwell as an app: a button where the
// browser lets a page ask, the steps where it does not (Safari), nothing
// where the app runs installed or cannot be installed.
type InstallPanel struct {
	app.Compo

	state installState
}

func (p *InstallPanel) OnMount(ctx app.Context)            { p.update(ctx) }
func (p *InstallPanel) OnAppInstallChange(ctx app.Context) { p.update(ctx) }

func (p *InstallPanel) update(ctx app.Context) {
	standalone := app.Window().Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool()
	switch {
	case standalone:
		p.state = installInstalled
	case ctx.IsAppleBrowser():
		// go-app counts Safari as installable, but there is no prompt to
		// show there: asking for one throws.
		p.state = installSteps
	case ctx.IsAppInstallable():
		p.state = installPrompt
	default:
		p.state = installNone
	}
}

func (p *InstallPanel) onInstall(ctx app.Context, e app.Event) {
	ctx.ShowAppInstallPrompt()
}

func (p *InstallPanel) Render() app.UI {
	section := app.Section().Class("install").Aria("labelledby", "install-title")
	switch p.state {
	case installPrompt:
		return section.Body(
			app.H2().ID("install-title").Text("Install Readwell"),
			app.P().Text("Open it from your home screen or app list, like any app, also offline."),
			app.Button().Type("button").Class("primary").Attr("data-install", true).OnClick(p.onInstall).Text("Install"),
		)
	case installSteps:
		return section.Body(
			app.H2().ID("install-title").Text("Install Readwell"),
			app.P().Attr("data-install-steps", true).Text("In Safari, tap Share, then “Add to Home Screen” (iPhone, iPad), or choose File, then “Add to Dock” (Mac)."),
		)
	}
	return app.Div().Class("install")
}
