# Packages: `cpack -G DEB` in the build folder makes a Debian package of the
# desktop app and the CLI (the full installer work is its own issue).
install(FILES ${PROJECT_SOURCE_DIR}/resources/almanac.desktop DESTINATION share/applications)

set(CPACK_PACKAGE_NAME almanac)
set(CPACK_PACKAGE_VENDOR "Almanac")
set(CPACK_PACKAGE_CONTACT "Almanac developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first content calendar for social media managers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
