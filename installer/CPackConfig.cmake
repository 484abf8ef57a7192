# What `cmake --install` puts where, and how CPack packages it:
#   Linux:   `cpack -G DEB` in the build folder (scripts/setup.sh package does it)
#   Windows: `cpack -G WIX` (WiX Toolset 3; settings below, not built on the Linux CI)
#   macOS:   `cpack -G DragNDrop` of the almanac.app bundle (Info.plist in installer/macos)
set(ALMANAC_APP_ID app.almanac.Almanac)

if(UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${ALMANAC_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${ALMANAC_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${ALMANAC_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${ALMANAC_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # almanacd as a systemd user service: systemctl --user enable --now almanacd
    install(FILES ${PROJECT_SOURCE_DIR}/installer/almanacd.service DESTINATION lib/systemd/user)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/almanac RENAME copyright)
endif()

set(CPACK_PACKAGE_NAME almanac)
set(CPACK_PACKAGE_VENDOR "The Almanac developers")
set(CPACK_PACKAGE_CONTACT "The Almanac developers <almanac@almanac.app>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://almanac.app")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first content calendar for social media managers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Almanac)
set(CPACK_PACKAGE_EXECUTABLES almanac Almanac)
# WiX wants the licence as .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)

# Debian 12: libraries found by dpkg-shlibdeps; Qt's plugins (SQLite driver,
# the X11/Wayland platform plugins) are loaded at run time, so named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_PACKAGE_DESCRIPTION "Almanac plans social media posts in a month, week or list calendar, imports \
content plans from CSV (OpenPost and bundle.social formats) with every row \
checked, syncs to hosted schedulers or publishes straight to Bluesky, Mastodon \
and webhooks, and keeps everything in one local file. Includes almanac-cli for \
automation and almanacd, a scheduler that runs as a systemd user service.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# Windows (WiX): a per-machine MSI with a Start menu entry; the upgrade code
# never changes, so a newer MSI replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "5B0B6E2A-9C1F-4E55-9A7B-2F6E0E3C41A7")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/installer/windows/almanac.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Almanac)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://almanac.app")
set(CPACK_WIX_PATCH_FILE ${PROJECT_SOURCE_DIR}/installer/windows/csv-association.wxs)

# macOS: the bundle's Info.plist (CSV documents, icon) comes from installer/macos.
set(CPACK_DMG_VOLUME_NAME Almanac)

if(WIN32)
    set(CPACK_GENERATOR WIX)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
