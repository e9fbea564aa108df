#include "SwitcherLog.h"

Q_LOGGING_CATEGORY(lcSwitcher, "wedlive.switcher")
