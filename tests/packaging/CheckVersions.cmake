# cmake -DVERSION=x.y.z -DSOURCE_DIR=... -P CheckVersions.cmake: fails unless the newest entry of
# packaging/debian/changelog and the newest <release> of the AppStream metainfo are VERSION.
file(STRINGS ${SOURCE_DIR}/packaging/debian/changelog first LIMIT_COUNT 1)
if(NOT first MATCHES "^fieldday \\(${VERSION}-[0-9]+\\) ")
    message(FATAL_ERROR "packaging/debian/changelog starts with '${first}', not version ${VERSION}")
endif()
file(GLOB metainfo ${SOURCE_DIR}/packaging/*.metainfo.xml)
file(READ ${metainfo} text)
string(REGEX MATCH "<release version=\"([^\"]*)\"" release "${text}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${metainfo}: the newest release is '${CMAKE_MATCH_1}', not ${VERSION}")
endif()
message(STATUS "changelog and metainfo are at ${VERSION}")
