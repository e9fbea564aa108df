#include "ServeLog.h"

Q_LOGGING_CATEGORY(lcServe, "wedlive.serve")
