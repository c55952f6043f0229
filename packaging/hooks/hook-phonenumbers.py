# phonenumbers loads each region's tables by name, so they are collected as hidden
# imports; this takes the place of the stock hook, which takes every table including the
# geocoding, carrier and time-zone ones (40 MB) the program never asks for.
from PyInstaller.utils.hooks import collect_submodules

LEFT_OUT = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: name.split(".")[1:2] not in ([part] for part in LEFT_OUT)
)
