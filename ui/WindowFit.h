// WindowFit: a window whose word-wrapped text grew is made tall enough to
// show it.
//
// Qt gives a window whose layout has a height for its width (any layout
// with a word-wrapped QLabel) no minimum height: when such a label gets more
// lines after the window was shown, the window keeps its size and the
// widgets are squeezed over each other. Call growToFit() after changing the
// text; it never shrinks a window the agent made larger.
#pragma once

class QWidget;

namespace counterdesk::ui::WindowFit {

void growToFit(QWidget* window);

} // namespace counterdesk::ui::WindowFit
