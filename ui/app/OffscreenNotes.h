#pragma once
// Headless rendering (relata --screenshot, relata-cli export --format svg|png) runs on Qt's
// "offscreen" platform, which reports every window feature it lacks ("This plugin does not support
// raise()") and, as root without a session, that XDG_RUNTIME_DIR is unset. Those notes say nothing
// about the user's design and bury the one line that matters, so they are dropped; every other
// message still reaches the previous handler.
namespace relata::ui {

class OffscreenNotes {
public:
    static void silence();
};

} // namespace relata::ui
