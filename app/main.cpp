// The CounterDesk GUI: everything lives in counterdesk_ui; this only hands
// over the command line.
#include "Application.h"

int main(int argc, char* argv[])
{
    return counterdesk::ui::runApplication(argc, argv);
}
